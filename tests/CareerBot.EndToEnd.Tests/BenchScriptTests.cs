using System.Globalization;
using System.Text.RegularExpressions;

namespace CareerBot.EndToEnd.Tests;

/// <summary>
/// The side-by-side benchmark (<c>bench/run.sh</c>) at a tiny size, and the load tool's reply checks it relies on.
/// Speed is never asserted: a missed speed target (exit 1, FAIL lines) is a figure, not a broken benchmark.
/// </summary>
public sealed partial class BenchScriptTests
{
    private static readonly string[] Servers = ["bare", "js-echo", "careerbot-echo", "careerbot-answer", "careerbot-uncached"];

    private static string LoadToolDll => Path.Combine(
        BotProcess.FindRepositoryRoot(), "tests", "CareerBot.LoadTest", "bin", ProcessRun.Configuration, "net10.0", "CareerBot.LoadTest.dll");

    [Fact]
    public async Task The_benchmark_prints_every_server_the_memory_and_store_size_phases_and_the_six_targets_with_no_error()
    {
        var (exitCode, output, errors) = await ProcessRun.RunAsync(
            "bash",
            ["bench/run.sh"],
            new Dictionary<string, string?>
            {
                ["LEVELS"] = "10",
                ["TURNS"] = "20",
                ["WARMUP_TURNS"] = "50",
                ["RSS_TURNS"] = "200",
                ["STORE_SIZES"] = "100 1000",
                ["CONFIGURATION"] = ProcessRun.Configuration,
                // Built by the test run already; and a test never downloads packages: CI runs npm ci beforehand.
                ["NO_BUILD"] = "1",
                ["NO_INSTALL"] = "1",
            },
            BotProcess.FindRepositoryRoot(),
            TimeSpan.FromMinutes(6));

        var context = $"exit {exitCode}\n{output}\n{errors}";
        Assert.True(exitCode is 0 or 1, context);
        foreach (var server in Servers)
        {
            var row = Row().Matches(output).SingleOrDefault(m => m.Groups["server"].Value == server);
            Assert.True(row is not null, $"no row for {server}:\n{context}");
            Assert.Equal("10", row.Groups["conversations"].Value);
            Assert.Equal("200", row.Groups["turns"].Value); // 10 conversations × 20 turns, far within LEVEL_SECONDS
            Assert.True(double.Parse(row.Groups["tps"].Value, CultureInfo.InvariantCulture) > 0, context);
            Assert.Equal("0", row.Groups["errors"].Value);
            Assert.True(int.Parse(row.Groups["rss"].Value, CultureInfo.InvariantCulture) > 0, context);
            if (server == "js-echo")
            {
                Assert.Equal("1.00×", row.Groups["vsTps"].Value);
            }
        }

        var targets = output.Split('\n').Where(l => l.StartsWith("- PASS ", StringComparison.Ordinal) || l.StartsWith("- FAIL ", StringComparison.Ordinal)).ToList();
        Assert.True(targets.Count == 6, context);
        Assert.Matches(@"\| 100 \| 1000 \| [\d.]+ \| [\d.]+ \| [\d.]+ \| 0 \| 1\.00× \|", output);
        Assert.Matches(@"\| 1000 \| 1000 \| [\d.]+ \| [\d.]+ \| [\d.]+ \| 0 \| [\d.]+× \|", output);
        Assert.Contains(targets, t => t.Contains("p50 with 1000 stored conversations ≤ 1.2× with 100", StringComparison.Ordinal));
        Assert.Contains(targets, t => t.Contains("careerbot-answer turns/s ≥ 1.5× js-echo at 10 conversations", StringComparison.Ordinal));
        Assert.Contains(targets, t => t.Contains("careerbot-uncached (no answer cache) turns/s ≥ 1.5× js-echo at 10 conversations", StringComparison.Ordinal));
        Assert.Contains(targets, t => t.Contains("p95 of an answered turn", StringComparison.Ordinal));
        Assert.Contains(targets, t => t.Contains("after 200 answered turns", StringComparison.Ordinal));
        Assert.Contains("- PASS no error: 0 failed turns", output, StringComparison.Ordinal);
        Assert.Matches(@"Memory: after 200 answered turns .*\nRSS \d+ MB now \(VmRSS\)", output);
        Assert.Equal(exitCode == 0, !targets.Any(t => t.StartsWith("- FAIL", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_load_tool_counts_a_reply_that_cites_nothing_as_an_error_when_an_answer_is_expected()
    {
        // The echo mode confirms each message without citing anything: every turn must fail the answer check.
        await using var bot = await BotProcess.StartAsync(new Dictionary<string, string?>());

        var (exitCode, output, errors) = await RunLoadToolAsync(bot, "answer");

        Assert.Equal(1, exitCode);
        Assert.Contains("errors=6 ", output, StringComparison.Ordinal);
        Assert.Contains("warmupErrors=0 ", output, StringComparison.Ordinal);
        Assert.Contains("no reply cites a source", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_load_tool_accepts_the_echo_modes_replies_as_echoes_and_reads_the_servers_memory()
    {
        await using var bot = await BotProcess.StartAsync(new Dictionary<string, string?>());

        var (exitCode, output, errors) = await RunLoadToolAsync(bot, "echo");

        Assert.True(exitCode == 0, output + errors);
        Assert.Contains("turns=6 ", output, StringComparison.Ordinal);
        Assert.Contains("errors=0 ", output, StringComparison.Ordinal);
        Assert.Matches(@"peakRSS=\d+MB rss=\d+MB", output);
    }

    private static Task<(int ExitCode, string Output, string Errors)> RunLoadToolAsync(BotProcess bot, string expect) =>
        ProcessRun.RunAsync(
            "dotnet",
            [
                LoadToolDll, "--url", new Uri(bot.BaseAddress, "/api/messages").ToString(), "--conversations", "2", "--turns", "3",
                "--warmup", "0", "--pid", bot.ProcessId.ToString(CultureInfo.InvariantCulture),
                "--questions-file", "bench/questions.txt", "--expect", expect, "--label", "check",
            ],
            new Dictionary<string, string?>(),
            BotProcess.FindRepositoryRoot(),
            TimeSpan.FromMinutes(2));

    [GeneratedRegex(@"^\| (?<conversations>\d+) \| (?<server>[a-z-]+) \| (?<turns>\d+) \| (?<tps>\d+) \| [\d.]+ \| [\d.]+ \| [\d.]+ \| (?<errors>\d+) \| (?<rss>\d+) MB \| (?<vsTps>[\d.]+×) \| [\d.]+× \|$", RegexOptions.Multiline)]
    private static partial Regex Row();
}
