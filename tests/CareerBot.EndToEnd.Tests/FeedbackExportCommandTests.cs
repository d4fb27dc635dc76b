using System.Diagnostics;
using System.Text.Json;
using CareerBot.Advisor.Feedback;
using CareerBot.Testing;

namespace CareerBot.EndToEnd.Tests;

/// <summary>
/// The host's <c>feedback export</c> command, run as a process over a state database seeded through the
/// <see cref="SqliteFeedbackStore"/>, as the bot itself would have filled it.
/// </summary>
public sealed class FeedbackExportCommandTests : IDisposable
{
    private static readonly DateTimeOffset January = new(2026, 1, 15, 9, 30, 0, TimeSpan.Zero);

    private readonly TempDirectory _directory = new();

    private string DatabasePath => _directory.Combine("state.db");

    private async Task SeedAsync()
    {
        using var store = new SqliteFeedbackStore(DatabasePath);
        await store.SaveAsync(new FeedbackRecord(
            "act-2", January.AddMonths(1), "msteams", "a:1conv", FeedbackRecord.HashUser("msteams", "29:1user"), "fr",
            FeedbackReaction.Dislike, "Pas de chiffres \"suisses\",\nrien sur Genève 😕", "Et en Suisse ?", "Je n'ai pas de source pour la Suisse.", []));
        await store.SaveAsync(new FeedbackRecord(
            "act-1", January, "webchat", "conv-7", FeedbackRecord.HashUser("webchat", "user-42"), "en",
            FeedbackReaction.Like, null, "What does a prompt engineer do?", "They design and test prompts [1].",
            [new FeedbackSource(1, "The role", "metier#role"), new FeedbackSource(2, "Skills", "competences#liste")]));
    }

    private Task<(int ExitCode, string Output, string Errors)> RunHostAsync(params string[] args) =>
        BotProcess.RunCommandAsync(new Dictionary<string, string?>
        {
            ["Storage__Provider"] = "Sqlite",
            ["Storage__Sqlite__Path"] = DatabasePath,
            ["Knowledge__IndexPath"] = _directory.Combine("index"),
        }, args);

    [Fact]
    public async Task Json_lines_on_standard_output_oldest_first()
    {
        await SeedAsync();

        var (exitCode, output, errors) = await RunHostAsync("feedback", "export");

        Assert.True(exitCode == 0, errors);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        using var second = JsonDocument.Parse(lines[1]);
        Assert.Equal("act-1", first.RootElement.GetProperty("id").GetString());
        Assert.Equal("like", first.RootElement.GetProperty("reaction").GetString());
        Assert.Equal("competences#liste", first.RootElement.GetProperty("sources")[1].GetProperty("passageId").GetString());
        Assert.Equal(January, first.RootElement.GetProperty("timestamp").GetDateTimeOffset());
        Assert.Equal("act-2", second.RootElement.GetProperty("id").GetString());
        Assert.Equal("dislike", second.RootElement.GetProperty("reaction").GetString());
        Assert.Equal("Pas de chiffres \"suisses\",\nrien sur Genève 😕", second.RootElement.GetProperty("comment").GetString());
        Assert.Equal(FeedbackRecord.HashUser("msteams", "29:1user"), second.RootElement.GetProperty("userHash").GetString());
        Assert.DoesNotContain("29:1user", output, StringComparison.Ordinal);
        Assert.Contains("2 ratings", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Csv_since_a_date_into_a_file()
    {
        await SeedAsync();
        var file = _directory.Combine("out", "feedback.csv");

        var (exitCode, output, errors) = await RunHostAsync("feedback", "export", "--since", "2026-02-01", "--format", "csv", "--output", file);

        Assert.True(exitCode == 0, errors);
        Assert.Equal(string.Empty, output);
        Assert.Contains($"1 ratings from {DatabasePath} to {file}", errors, StringComparison.Ordinal);
        var csv = await File.ReadAllTextAsync(file);
        Assert.Equal(
            "id,timestamp,channelId,conversationId,userHash,language,reaction,comment,question,answer,sources\r\n" +
            $"act-2,2026-02-15T09:30:00.0000000+00:00,msteams,a:1conv,{FeedbackRecord.HashUser("msteams", "29:1user")},fr,dislike," +
            "\"Pas de chiffres \"\"suisses\"\",\nrien sur Genève 😕\",Et en Suisse ?,Je n'ai pas de source pour la Suisse.,\r\n",
            csv);
    }

    [Fact]
    public async Task Csv_on_standard_output_lists_the_sources_by_number()
    {
        await SeedAsync();

        var (exitCode, output, errors) = await RunHostAsync("feedback", "export", "--format", "csv");

        Assert.True(exitCode == 0, errors);
        var rows = output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, rows.Length);
        Assert.StartsWith("act-1,2026-01-15T09:30:00.0000000+00:00,webchat,", rows[1], StringComparison.Ordinal);
        Assert.EndsWith(",They design and test prompts [1].,[1] The role; [2] Skills", rows[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("export", "--format", "xml")]
    [InlineData("export", "--since", "yesterday")]
    [InlineData("export", "--output")]
    [InlineData("import")]
    public async Task Bad_arguments_exit_with_2_and_the_usage_on_standard_error(params string[] rest)
    {
        var (exitCode, output, errors) = await RunHostAsync(["feedback", .. rest]);

        Assert.Equal(2, exitCode);
        Assert.Equal(string.Empty, output.Trim());
        Assert.Contains("usage: feedback export", errors, StringComparison.Ordinal);
    }

    public void Dispose() => _directory.Dispose();
}
