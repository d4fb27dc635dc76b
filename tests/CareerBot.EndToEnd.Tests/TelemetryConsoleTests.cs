using CareerBot.Testing;

namespace CareerBot.EndToEnd.Tests;

/// <summary>
/// The real host with <c>Telemetry:Exporter=Console</c>: advisor turns show up on its standard output as the turn
/// span and the turn, retrieval and answer metrics; an unknown exporter stops the start-up with a clear message.
/// </summary>
public sealed class TelemetryConsoleTests : IDisposable
{
    // Read by the vocabulary: answered from its topic's records, without a passage search.
    private const string Question = "Quel est le salaire d'un prompt engineer junior ?";

    // About nothing the vocabulary reads: search decides, which records a retrieval.
    private const string SearchedQuestion = "Quelle est la capitale de l'Australie ?";

    private readonly TempDirectory _dataDirectory = new();

    [Fact]
    public async Task Advisor_turns_are_exported_to_the_console_as_the_turn_span_and_the_turn_retrieval_and_answer_metrics()
    {
        var settings = new Dictionary<string, string?>(BotProcess.SqliteSettings(_dataDirectory))
        {
            ["Bot__Mode"] = "Advisor",
            ["Telemetry__Exporter"] = "Console",
            ["Telemetry__MetricExportIntervalMs"] = "500",
        };
        await using var bot = await BotProcess.StartAsync(settings);
        using var http = new HttpClient { BaseAddress = bot.BaseAddress };

        var client = new BotClient(http, "conv-telemetry");
        Assert.NotEmpty(await client.SayAsync(Question));
        Assert.NotEmpty(await client.SayAsync(SearchedQuestion));

        string[] expected =
        [
            "Metric Name: careerbot.turn.duration",
            "Metric Name: careerbot.retrieval.duration",
            "Metric Name: careerbot.answer.duration",
            "Activity.DisplayName:        careerbot.turn",
        ];
        var output = await WaitForAsync(bot, expected);
        Assert.All(expected, e => Assert.Contains(e, output, StringComparison.Ordinal));
        Assert.Contains("careerbot.answer.origin: extractive", output, StringComparison.Ordinal);
        // The exported spans and metrics carry no user text (the host's logs are not part of this check).
        Assert.DoesNotContain(Question, TelemetryLines(output));
        Assert.DoesNotContain(SearchedQuestion, TelemetryLines(output));
    }

    [Fact]
    public async Task An_unknown_exporter_stops_the_start_up_naming_the_key_and_the_accepted_values()
    {
        var settings = new Dictionary<string, string?>(BotProcess.SqliteSettings(_dataDirectory)) { ["Telemetry__Exporter"] = "Jaeger" };

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => BotProcess.StartAsync(settings));

        Assert.Contains("Telemetry:Exporter 'Jaeger' is not one of None, Console, Otlp.", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _dataDirectory.Dispose();

    /// <summary>Waits (bounded: the metrics are exported every 500 ms) until the output holds every expected line.</summary>
    private static async Task<string> WaitForAsync(BotProcess bot, IReadOnlyList<string> expected)
    {
        for (var i = 0; i < 100 && !expected.All(e => bot.Output.Contains(e, StringComparison.Ordinal)); i++)
        {
            await Task.Delay(200);
        }

        return bot.Output;
    }

    /// <summary>The console exporter's lines, without the host's log lines (which start with a level such as "info:").</summary>
    private static List<string> TelemetryLines(string output) =>
        [.. output.Split('\n').Where(l => !l.Contains(": ", StringComparison.Ordinal) || !IsLogLine(l))];

    private static bool IsLogLine(string line) =>
        line.StartsWith("info:", StringComparison.Ordinal) || line.StartsWith("warn:", StringComparison.Ordinal)
        || line.StartsWith("fail:", StringComparison.Ordinal) || line.StartsWith("dbug:", StringComparison.Ordinal)
        || line.StartsWith("      ", StringComparison.Ordinal);
}
