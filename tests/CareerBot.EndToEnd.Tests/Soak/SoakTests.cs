using System.Diagnostics;
using System.Globalization;
using CareerBot.Testing;
using Xunit.Abstractions;

namespace CareerBot.EndToEnd.Tests.Soak;

/// <summary>
/// The soak: the real host (Advisor mode, SQLite state) under mixed traffic from many users at once for
/// <see cref="SoakDuration"/>, half of the conversations through a channel connector (normal delivery), half with
/// <c>expectReplies</c>. Nothing may be lost (every turn gets its replies, in order, once), nothing may fail with a
/// 5xx, every conversation's state must follow its dialog, and the memory must level off.
/// </summary>
[Collection(SoakCollection.Name)]
public sealed class SoakTests(ITestOutputHelper output) : IDisposable
{
    private const int Users = 12;
    private static readonly TimeSpan SamplePeriod = TimeSpan.FromSeconds(2);

    private readonly TempDirectory _dataDirectory = new();

    [Fact]
    public async Task Soak_mixed_traffic_loses_no_reply_and_keeps_memory_flat()
    {
        var duration = SoakDuration.Get();
        await using var channel = await FakeChannelConnector.StartAsync();
        await using var bot = await BotProcess.StartAsync(Settings());
        using var http = new HttpClient { BaseAddress = bot.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        var delivery = new SoakDelivery(http, channel);
        var users = Enumerable.Range(1, Users)
            .Select(n => new SoakUser(n, delivery, n % 2 == 0 ? SoakLanguage.English : SoakLanguage.French))
            .ToList();
        var problems = new List<string>();

        var started = Stopwatch.StartNew();
        var deadline = DateTime.UtcNow + duration;
        IReadOnlyList<long> rss;
        await using (var sampler = new RssSampler(bot.ProcessId, SamplePeriod))
        {
            await Task.WhenAll(users.Select(u => u.RunAsync(deadline, problems))).WaitAsync(duration + TimeSpan.FromMinutes(2));
            rss = sampler.Samples;
        }

        var elapsed = started.Elapsed;
        foreach (var user in users)
        {
            try
            {
                await user.CheckProfileAsync();
            }
            catch (SoakFailure failure)
            {
                problems.Add("final profile check: " + failure.Message);
            }
        }

        problems.AddRange(delivery.CheckExactlyOnce());
        problems.AddRange(delivery.HttpFailures);
        var memory = MemoryTrend.Of(rss);
        Report(duration, elapsed, delivery, users, memory);

        Assert.True(problems.Count == 0, $"{problems.Count} problem(s):\n{string.Join("\n", problems.Take(20))}\n--- host output (end) ---\n{Tail(bot.Output)}");
        Assert.Equal(0, delivery.ServerErrors);
        Assert.All(users, u => Assert.True(u.Conversations > 0, "every user finished at least one conversation"));
        Assert.Contains(users, u => u.Assessments > 0);
        Assert.True(memory.IsFlat, $"memory grew after warm-up: {memory}");
    }

    public void Dispose() => _dataDirectory.Dispose();

    private Dictionary<string, string?> Settings()
    {
        var settings = BotProcess.SqliteSettings(_dataDirectory);
        settings["Bot__Mode"] = "Advisor";
        // All soak traffic comes from 127.0.0.1: the per-IP limit is set far above it. Each conversation is paced like a
        // fast human (at most about 5 turns/s), well under its own limit, so the limiters never refuse a soak turn.
        settings["RateLimiting__PerIp__PermitsPerSecond"] = "100000";
        settings["RateLimiting__PerIp__Burst"] = "100000";
        settings["RateLimiting__PerConversation__PermitsPerSecond"] = "20";
        settings["RateLimiting__PerConversation__Burst"] = "40";
        // Information logs of every turn would make the host's captured output grow with the soak.
        settings["Logging__LogLevel__Default"] = "Warning";
        return settings;
    }

    private void Report(TimeSpan duration, TimeSpan elapsed, SoakDelivery delivery, List<SoakUser> users, MemoryTrend memory)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"soak: {duration.TotalMinutes:0.##} min planned, {elapsed.TotalSeconds:0} s run, {Users} users"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"turns: {delivery.Turns} ({delivery.Turns / elapsed.TotalSeconds:0.0}/s), conversations: {users.Sum(u => u.Conversations)}, assessments: {users.Sum(u => u.Assessments)}, tour steps: {users.Sum(u => u.TourSteps)}"));
        output.WriteLine($"rss: {memory}");
    }

    private static string Tail(string text) => text.Length <= 4000 ? text : text[^4000..];
}
