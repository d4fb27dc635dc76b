using System.Text.Json;
using CareerBot.Advisor.Feedback;
using static CareerBot.Advisor.Tests.Feedback.FeedbackSamples;

namespace CareerBot.Advisor.Tests.Feedback;

public sealed class FeedbackExporterTests
{
    private static async IAsyncEnumerable<FeedbackRecord> Records(params FeedbackRecord[] records)
    {
        foreach (var record in records)
        {
            await Task.Yield();
            yield return record;
        }
    }

    private static async Task<(int Count, string Text)> ExportAsync(FeedbackExportFormat format, params FeedbackRecord[] records)
    {
        using var output = new StringWriter();
        var count = await FeedbackExporter.WriteAsync(Records(records), output, format);
        return (count, output.ToString());
    }

    [Fact]
    public async Task Json_lines_hold_one_camel_case_object_per_rating()
    {
        var (count, text) = await ExportAsync(
            FeedbackExportFormat.JsonLines,
            Rating("r1", reaction: FeedbackReaction.Dislike, comment: "ligne 1\nligne \"2\" 👎"),
            Rating("r2", Noon.AddHours(1)));

        Assert.Equal(2, count);
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        var root = first.RootElement;
        Assert.Equal("r1", root.GetProperty("id").GetString());
        Assert.Equal("dislike", root.GetProperty("reaction").GetString());
        Assert.Equal("ligne 1\nligne \"2\" 👎", root.GetProperty("comment").GetString());
        Assert.Equal(Noon, DateTimeOffset.Parse(root.GetProperty("timestamp").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("2026-03-10T12:00:00+00:00", root.GetProperty("timestamp").GetString());
        Assert.Equal(FeedbackRecord.HashUser("msteams", "29:1user"), root.GetProperty("userHash").GetString());
        Assert.Equal("salaires#junior", root.GetProperty("sources")[0].GetProperty("passageId").GetString());
        Assert.Equal(1, root.GetProperty("sources")[0].GetProperty("number").GetInt32());
        Assert.Contains("brut par an", lines[0], StringComparison.Ordinal);
        using var second = JsonDocument.Parse(lines[1]);
        Assert.Equal("like", second.RootElement.GetProperty("reaction").GetString());
        Assert.Equal(JsonValueKind.Null, second.RootElement.GetProperty("comment").ValueKind);
    }

    [Fact]
    public async Task Csv_has_a_header_and_quotes_fields_the_rfc_4180_way()
    {
        var (count, text) = await ExportAsync(
            FeedbackExportFormat.Csv,
            Rating("r1", reaction: FeedbackReaction.Dislike, comment: "trop \"vague\", et\nincomplet"));

        Assert.Equal(1, count);
        Assert.Equal(
            "id,timestamp,channelId,conversationId,userHash,language,reaction,comment,question,answer,sources\r\n" +
            $"r1,2026-03-10T12:00:00.0000000+00:00,msteams,a:1conversation,{FeedbackRecord.HashUser("msteams", "29:1user")},fr,dislike," +
            "\"trop \"\"vague\"\", et\nincomplet\",Quel est le salaire d'un prompt engineer junior ?," +
            "Entre 45 000 et 55 000 € brut par an en France [1].,[1] Salaires 2026; [2] Le métier\r\n",
            text);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("+33 6", "'+33 6")]
    [InlineData("@cmd", "'@cmd")]
    [InlineData("plain", "plain")]
    [InlineData("", "")]
    public void Csv_fields_that_a_spreadsheet_would_run_as_formulas_are_defused(string value, string expected)
    {
        Assert.Equal(expected, FeedbackExporter.CsvField(value));
    }

    [Fact]
    public async Task An_empty_store_gives_only_the_csv_header_or_nothing()
    {
        Assert.Equal((0, string.Empty), await ExportAsync(FeedbackExportFormat.JsonLines));
        var (_, csv) = await ExportAsync(FeedbackExportFormat.Csv);
        Assert.Equal("id,timestamp,channelId,conversationId,userHash,language,reaction,comment,question,answer,sources\r\n", csv);
    }
}
