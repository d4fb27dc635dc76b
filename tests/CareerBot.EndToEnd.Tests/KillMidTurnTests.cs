using CareerBot.BotFramework.Schema;
using CareerBot.Testing;
using Xunit.Abstractions;

namespace CareerBot.EndToEnd.Tests;

/// <summary>
/// SIGKILL while a turn is in flight (AssessmentRestartTests kills between turns): the killed turn's state is either
/// committed whole or not at all, the SQLite file opens again, and the guided tour goes on from a step it really was at.
/// </summary>
public sealed class KillMidTurnTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempDirectory _dataDirectory = new();

    [Fact]
    public async Task A_bot_killed_while_a_tour_step_is_being_delivered_saved_nothing_and_shows_that_step_again()
    {
        await using var channel = await FakeChannelConnector.StartAsync();
        var delivering = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var release = new CancellationTokenSource();
        channel.Respond = async (_, _, aborted) =>
        {
            // The channel holds the third step's reply: the turn is stuck in the middle, before its state is saved.
            delivering.TrySetResult();
            using var either = CancellationTokenSource.CreateLinkedTokenSource(aborted, release.Token);
            await Task.Delay(Timeout.InfiniteTimeSpan, either.Token).ContinueWith(_ => { }, TaskScheduler.Default);
            return new ScriptedResponse(503);
        };
        var port = BotProcess.FreePort();
        await using (var first = await BotProcess.StartAsync(Settings(), port))
        {
            using var http = new HttpClient { BaseAddress = first.BaseAddress };
            var bot = new BotClient(http, "conv-kill");
            Assert.Contains("Étape 1/8", (await bot.SayAsync("visite"))[0].Text, StringComparison.Ordinal);
            Assert.StartsWith("**Étape 2/8", (await bot.SayAsync("suivant"))[0].Text, StringComparison.Ordinal);
            var inFlight = bot.PostAsync(BotClient.NewActivity(ActivityTypes.Message, "conv-kill", "suivant", channel.ServiceUrl.ToString(), DeliveryModes.Normal));
            await delivering.Task.WaitAsync(TimeSpan.FromSeconds(30));
            Assert.StartsWith("**Étape 3/8", channel.Requests[0].ReadActivity().Text, StringComparison.Ordinal);
            first.Kill();
            await Assert.ThrowsAnyAsync<HttpRequestException>(() => inFlight);
            // The held request has nobody left to answer to.
            await release.CancelAsync();
        }

        await using var second = await BotProcess.StartAsync(Settings(), port);
        using var http2 = new HttpClient { BaseAddress = second.BaseAddress };
        var resumed = new BotClient(http2, "conv-kill");
        Assert.StartsWith("**Étape 3/8", (await resumed.SayAsync("suivant"))[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("**Étape 4/8", (await resumed.SayAsync("suivant"))[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bot_killed_at_random_moments_of_a_turn_keeps_a_state_that_is_committed_or_not_never_broken()
    {
        var seed = Environment.TickCount;
        output.WriteLine($"seed {seed}");
        var random = new Random(seed);
        var port = BotProcess.FreePort();
        var step = 1;
        for (var kill = 0; kill < 2; kill++)
        {
            await using var bot = await BotProcess.StartAsync(Settings(), port);
            using var http = new HttpClient { BaseAddress = bot.BaseAddress };
            var client = new BotClient(http, "conv-random-kill");
            if (kill == 0)
            {
                Assert.Contains("Étape 1/8", (await client.SayAsync("visite"))[0].Text, StringComparison.Ordinal);
            }
            else
            {
                // The turn killed last time either saved its step (step + 1) or nothing (step): the next one follows.
                var shown = (await client.SayAsync("suivant"))[0].Text!;
                Assert.True(shown.StartsWith($"**Étape {step + 2}/8", StringComparison.Ordinal) || shown.StartsWith($"**Étape {step + 1}/8", StringComparison.Ordinal), $"after step {step}: {shown}");
                step = shown.StartsWith($"**Étape {step + 2}/8", StringComparison.Ordinal) ? step + 2 : step + 1;
            }

            var delay = random.Next(0, 60);
            var inFlight = client.PostAsync(BotClient.NewActivity(ActivityTypes.Message, "conv-random-kill", "suivant"));
            await Task.Delay(delay);
            bot.Kill();
            output.WriteLine($"killed {delay} ms into the turn after step {step}");
            try
            {
                using var answered = await inFlight;
            }
            catch (HttpRequestException)
            {
                // Killed before it answered: the usual case.
            }
        }

        await using var last = await BotProcess.StartAsync(Settings(), port);
        using var lastHttp = new HttpClient { BaseAddress = last.BaseAddress };
        var final = (await new BotClient(lastHttp, "conv-random-kill").SayAsync("suivant"))[0].Text!;
        Assert.True(final.StartsWith($"**Étape {step + 2}/8", StringComparison.Ordinal) || final.StartsWith($"**Étape {step + 1}/8", StringComparison.Ordinal), $"after step {step}: {final}");
    }

    public void Dispose() => _dataDirectory.Dispose();

    private Dictionary<string, string?> Settings()
    {
        var settings = BotProcess.SqliteSettings(_dataDirectory);
        settings["Bot__Mode"] = "Advisor";
        return settings;
    }
}
