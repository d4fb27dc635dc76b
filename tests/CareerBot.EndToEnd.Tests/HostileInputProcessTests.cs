using System.Globalization;
using System.Net;
using CareerBot.Testing;
using Xunit.Abstractions;

namespace CareerBot.EndToEnd.Tests;

/// <summary>
/// Hostile activities (<see cref="ActivityFuzzer"/>, seed printed, <c>CAREERBOT_FUZZ_SEED</c> replays) against the real
/// host process in Advisor mode, in two equal rounds: every answer by the rules of <see cref="FuzzRunner.Check"/>, no
/// turn failing inside the bot (no Error line in the log), the process alive and healthy after, and its resident memory
/// bounded: under a fixed ceiling, and the second round adds next to nothing to the first (a leak grows with requests;
/// the first round fills the pools and caches, which then stay).
/// </summary>
public sealed class HostileInputProcessTests(ITestOutputHelper output)
{
    private const int RoundRequests = 250;
    private const long CeilingBytes = 600L * 1024 * 1024;
    private const long SecondRoundGrowthBytes = 64L * 1024 * 1024;

    [Fact]
    public async Task The_host_process_survives_hostile_activities_with_bounded_memory()
    {
        await using var bot = await BotProcess.StartAsync(new Dictionary<string, string?>
        {
            ["Bot__Mode"] = "Advisor",
            ["Storage__Provider"] = "Memory",
            ["RateLimiting__PerIp__PermitsPerSecond"] = "0",
            ["RateLimiting__PerConversation__PermitsPerSecond"] = "0",
        });
        using var http = new HttpClient { BaseAddress = bot.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        var fuzzer = new ActivityFuzzer(FuzzRunner.Seed(), maxBodyBytes: 2 * 1024 * 1024);
        output.WriteLine($"seed {fuzzer.Seed} (CAREERBOT_FUZZ_SEED={fuzzer.Seed} replays it), 2 x {RoundRequests} requests");

        var failures = await FuzzRunner.RunAsync(http, fuzzer, RoundRequests);
        var afterFirst = ResidentBytes(bot.ProcessId);
        failures.AddRange(await FuzzRunner.RunAsync(http, fuzzer, RoundRequests));
        var afterSecond = ResidentBytes(bot.ProcessId);
        output.WriteLine($"resident memory: {afterFirst / 1024 / 1024} MB after the first round, {afterSecond / 1024 / 1024} MB after the second");

        failures.AddRange(bot.Output.Split('\n').Where(l => l.Contains("fail: ", StringComparison.Ordinal) || l.Contains("crit: ", StringComparison.Ordinal)));
        Assert.True(failures.Count == 0, $"seed {fuzzer.Seed}: {failures.Count} failures:\n" + string.Join('\n', failures.Take(30)) + "\n" + bot.Output[^Math.Min(4000, bot.Output.Length)..]);
        using (var health = await http.GetAsync(new Uri("/healthz", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        }

        Assert.NotEmpty(await new BotClient(http, "after-fuzz").SayAsync("Bonjour"));
        Assert.True(afterSecond < CeilingBytes, $"seed {fuzzer.Seed}: {afterSecond / 1024 / 1024} MB resident.");
        Assert.True(afterSecond - afterFirst < SecondRoundGrowthBytes, $"seed {fuzzer.Seed}: the second round added {(afterSecond - afterFirst) / 1024 / 1024} MB.");
    }

    /// <summary>VmRSS of a Linux process.</summary>
    private static long ResidentBytes(int processId)
    {
        var line = File.ReadLines($"/proc/{processId}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
    }
}
