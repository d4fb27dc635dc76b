using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CareerBot.Advisor.Feedback;

/// <summary>Writes ratings as JSON lines or CSV, for analysis outside the bot (the host's <c>feedback export</c>).</summary>
public static class FeedbackExporter
{
    private static readonly JsonSerializerOptions JsonLineOptions = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        // The export is a data file, never embedded in a page: French accents and emoji stay readable instead of
        // becoming \u escapes. Line breaks inside the text are still escaped, so each record stays on one line.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly string[] CsvHeader =
        ["id", "timestamp", "channelId", "conversationId", "userHash", "language", "reaction", "comment", "question", "answer", "sources"];

    /// <summary>RFC 4180 ends every row with CRLF, whatever the platform.</summary>
    private const string CsvLineEnd = "\r\n";

    /// <summary>Writes <paramref name="records"/> to <paramref name="output"/>; returns how many were written.</summary>
    public static async Task<int> WriteAsync(IAsyncEnumerable<FeedbackRecord> records, TextWriter output, FeedbackExportFormat format, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(output);
        if (!Enum.IsDefined(format))
        {
            throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown export format.");
        }

        if (format == FeedbackExportFormat.Csv)
        {
            await output.WriteAsync(string.Join(',', CsvHeader) + CsvLineEnd).ConfigureAwait(false);
        }

        var count = 0;
        await foreach (var record in records.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            await output.WriteAsync(format == FeedbackExportFormat.Csv ? ToCsvRow(record) + CsvLineEnd : ToJsonLine(record) + "\n").ConfigureAwait(false);
            count++;
        }

        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        return count;
    }

    internal static string ToJsonLine(FeedbackRecord record) => JsonSerializer.Serialize(record, JsonLineOptions);

    internal static string ToCsvRow(FeedbackRecord record)
    {
        string[] fields =
        [
            record.Id,
            record.Timestamp.ToString("O", CultureInfo.InvariantCulture),
            record.ChannelId,
            record.ConversationId,
            record.UserHash,
            record.Language,
            record.Reaction == FeedbackReaction.Like ? "like" : "dislike",
            record.Comment ?? string.Empty,
            record.Question,
            record.Answer,
            string.Join("; ", record.Sources.Select(s => string.Create(CultureInfo.InvariantCulture, $"[{s.Number}] {s.Title}"))),
        ];
        return string.Join(',', fields.Select(CsvField));
    }

    /// <summary>
    /// One CSV field: quoted (quotes doubled) when it holds a comma, quote or line break (RFC 4180). Text that a
    /// spreadsheet would run as a formula (starting with = + - @, tab or CR) is prefixed with an apostrophe: comments
    /// are typed by users, and the file is opened by analysts in Excel (CSV injection).
    /// </summary>
    internal static string CsvField(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            return value;
        }

        return "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
