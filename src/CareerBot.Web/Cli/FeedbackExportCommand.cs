using System.Globalization;
using System.Text;
using CareerBot.Advisor.Feedback;

namespace CareerBot.Web.Cli;

/// <summary>
/// <c>feedback export [--since DATE] [--format jsonl|csv] [--output FILE]</c>: writes the ratings of answers kept by
/// the bot (with their question, answer and sources) oldest first, to standard output or a file, for analysis.
/// </summary>
public sealed class FeedbackExportCommand : CliCommand
{
    public const string Name = "feedback";

    private const string Usage = "usage: feedback export [--since 2026-01-01] [--format jsonl|csv] [--output FILE]";

    public DateTimeOffset? Since { get; init; }

    public FeedbackExportFormat Format { get; init; } = FeedbackExportFormat.JsonLines;

    public string? OutputPath { get; init; }

    /// <summary>Parses the arguments after <c>feedback</c>; the ones it does not know are left to the host's configuration.</summary>
    public static new CliCommand Parse(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length == 0 || args[0] != "export")
        {
            return Error(string.Empty);
        }

        DateTimeOffset? since = null;
        var format = FeedbackExportFormat.JsonLines;
        string? output = null;
        var hostArgs = new List<string>();
        for (var i = 1; i < args.Length; i++)
        {
            if (args[i] is not ("--since" or "--format" or "--output"))
            {
                hostArgs.Add(args[i]);
                continue;
            }

            if (i + 1 >= args.Length)
            {
                return Error($"{args[i]} needs a value. ");
            }

            var value = args[++i];
            switch (args[i - 1])
            {
                case "--since" when DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date):
                    since = date;
                    break;
                case "--since":
                    return Error($"--since '{value}' is not a date (2026-01-01 or 2026-01-01T08:00:00Z). ");
                case "--format" when value.Equals("jsonl", StringComparison.OrdinalIgnoreCase):
                    format = FeedbackExportFormat.JsonLines;
                    break;
                case "--format" when value.Equals("csv", StringComparison.OrdinalIgnoreCase):
                    format = FeedbackExportFormat.Csv;
                    break;
                case "--format":
                    return Error($"--format '{value}' is unknown. ");
                default:
                    output = value;
                    break;
            }
        }

        return new FeedbackExportCommand { Since = since, Format = format, OutputPath = output, HostArgs = [.. hostArgs] };
    }

    public override async Task<int> RunAsync(IServiceProvider services, IHostEnvironment environment, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(output);
        var store = services.GetRequiredService<IFeedbackStore>();
        var records = store.ReadAsync(Since, cancellationToken);
        int count;
        string destination;
        if (OutputPath is null)
        {
            count = await FeedbackExporter.WriteAsync(records, output, Format, cancellationToken).ConfigureAwait(false);
            destination = "standard output";
        }
        else
        {
            destination = Path.GetFullPath(OutputPath);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            var file = new StreamWriter(destination, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            await using (file.ConfigureAwait(false))
            {
                count = await FeedbackExporter.WriteAsync(records, file, Format, cancellationToken).ConfigureAwait(false);
            }
        }

        // On standard error, so standard output stays the data. Naming the database tells a user who typed a wrong
        // Storage:Sqlite:Path why the export is empty.
        var source = store is SqliteFeedbackStore sqlite ? sqlite.FilePath : store.GetType().Name;
        await Console.Error.WriteLineAsync($"feedback export: {count} ratings from {source} to {destination}").ConfigureAwait(false);
        return 0;
    }

    private static UsageError Error(string problem) => new() { HostArgs = [], Message = problem + Usage };
}
