using System.Text.RegularExpressions;
using CareerBot.BotFramework.Schema;
using CareerBot.Testing;
using Xunit.Abstractions;

namespace CareerBot.EndToEnd.Tests;

/// <summary>
/// Two real host processes sharing one SQLite state file (two instances behind a load balancer, without the Blob
/// lock), and concurrent turns that collide in storage: each turn is either saved or the user is told to send it
/// again (BotErrorHandler's ConcurrentTurn message); nothing is silently lost.
/// </summary>
public sealed partial class SharedSqliteStateTests(ITestOutputHelper output) : IDisposable
{
    private const int MaxRounds = 5;

    private readonly TempDirectory _dataDirectory = new();

    [Fact]
    public async Task Concurrent_turns_of_one_conversation_over_two_hosts_on_one_file_are_saved_or_told()
    {
        // Storage collisions are what is tested: the per-conversation rate limit would refuse a storm of 24 turns first.
        var settings = BotProcess.SqliteSettings(_dataDirectory);
        settings["RateLimiting__PerConversation__PermitsPerSecond"] = "0";
        await using var a = await BotProcess.StartAsync(settings);
        await using var b = await BotProcess.StartAsync(settings);
        using var httpA = new HttpClient { BaseAddress = a.BaseAddress };
        using var httpB = new HttpClient { BaseAddress = b.BaseAddress };
        BotClient[] hosts = [new(httpA, "conv-storm"), new(httpB, "conv-storm")];
        var saved = new List<int>();
        var told = 0;

        // Rounds of 24 simultaneous turns, until some collided in storage (the first round almost always does).
        for (var round = 0; round < MaxRounds && told == 0; round++)
        {
            var turns = await Task.WhenAll(Enumerable.Range(0, 24).Select(i => hosts[i % 2].SayAsync($"r{round}m{i}")));
            foreach (var replies in turns)
            {
                var texts = replies.Select(r => r.Text ?? "").ToList();
                var echo = Number(texts[0]);
                if (texts.Count == 1)
                {
                    saved.Add(echo);
                }
                else
                {
                    Assert.Equal(2, texts.Count);
                    Assert.True(IsConcurrentTurn(texts[1]), $"second reply: {texts[1]}");
                    told++;
                }
            }
        }

        var last = Number(Assert.Single(await hosts[0].SayAsync("fin")).Text!);
        output.WriteLine($"{saved.Count} turns saved, {told} told to resend");

        Assert.True(told > 0, "no turn collided: the test proved nothing");
        // Each saved turn counted one more than the turn saved before it: 1…N once each, and the next turn is N + 1.
        Assert.Equal(Enumerable.Range(1, saved.Count), saved.Order());
        Assert.Equal(saved.Count + 1, last);
    }

    [Fact]
    public async Task A_user_finishing_an_assessment_on_one_host_while_switching_language_on_the_other_loses_no_saved_change()
    {
        var settings = BotProcess.SqliteSettings(_dataDirectory);
        settings["Bot__Mode"] = "Advisor";
        await using var a = await BotProcess.StartAsync(settings);
        await using var b = await BotProcess.StartAsync(settings);
        using var httpA = new HttpClient { BaseAddress = a.BaseAddress };
        using var httpB = new HttpClient { BaseAddress = b.BaseAddress };
        var told = 0;

        for (var round = 1; round <= 6; round++)
        {
            // The user's state (UserState, one document for all their conversations) takes two changes at once: the
            // roadmap from conversation A (host a), the language from conversation B (host b). The assessment is in
            // English and the language goes between « english » and automatic, so the roadmap reads the same either way.
            var assessment = new BotClient(httpA, $"conv-assess-{round}");
            var replies = await assessment.SayAsync("assess my profile");
            var answers = new List<string>();
            for (var question = 1; question <= 6; question++)
            {
                var offered = replies[^1].SuggestedActions!.Actions!;
                answers.Add(offered[(round + question) % offered.Count].Title!);
                if (question < 6)
                {
                    replies = await assessment.SayAsync(answers[^1]);
                }
            }

            var english = round % 2 == 1;
            var finishing = assessment.SayAsync(answers[^1]);
            var switching = new BotClient(httpB, $"conv-language-{round}").SayAsync(english ? "english" : "auto language");
            var (roadmapTurn, languageTurn) = (await finishing, await switching);

            var roadmapSaved = !roadmapTurn.Any(r => IsConcurrentTurn(r.Text ?? ""));
            var languageSaved = !languageTurn.Any(r => IsConcurrentTurn(r.Text ?? ""));
            told += (roadmapSaved ? 0 : 1) + (languageSaved ? 0 : 1);
            output.WriteLine($"round {round}: roadmap {(roadmapSaved ? "saved" : "told")}, language {(languageSaved ? "saved" : "told")}");
            if (!roadmapSaved)
            {
                // Told to send it again: what does sending the last answer again give?
                var again = await assessment.SayAsync(answers[^1]);
                output.WriteLine($"  sent again: {string.Join(" | ", again.Select(r => (r.Text ?? "").Split('\n')[0]))}");
            }

            var roadmap = string.Join("\n", (await new BotClient(httpB, $"conv-roadmap-{round}").SayAsync("my profile")).Select(r => r.Text));
            // « menu » is in no language: the override answers it in English, automatic in the locale's French.
            var menu = Assert.Single(await new BotClient(httpA, $"conv-menu-{round}").SayAsync("menu")).Text!;

            if (roadmapSaved)
            {
                Assert.All(answers, answer => Assert.Contains(answer, roadmap, StringComparison.Ordinal));
            }

            if (languageSaved)
            {
                Assert.Equal(english ? "What would you like to do?" : "Que voulez-vous faire ?", menu);
            }
        }

        output.WriteLine($"{told} turn(s) told to resend");
    }

    public void Dispose() => _dataDirectory.Dispose();

    internal static bool IsConcurrentTurn(string text) =>
        text.Contains("en même temps qu'un autre", StringComparison.Ordinal) || text.Contains("at the same time as another one", StringComparison.Ordinal);

    private static int Number(string echo) => int.Parse(EchoNumber().Match(echo).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"n° (\d+)")]
    private static partial Regex EchoNumber();
}
