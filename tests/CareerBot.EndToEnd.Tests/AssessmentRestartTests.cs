using CareerBot.BotFramework.Schema;
using CareerBot.Testing;

namespace CareerBot.EndToEnd.Tests;

/// <summary>
/// The advisor's dialogs in the real host over <c>/api/messages</c>, with its default SQLite state: a process killed
/// in the middle of the profile assessment continues at the same question once restarted, and the roadmap stays in
/// the user's state across conversations and restarts.
/// </summary>
public sealed class AssessmentRestartTests : IDisposable
{
    private readonly TempDirectory _dataDirectory = new();

    [Fact]
    public async Task A_killed_bot_continues_the_assessment_at_the_same_question_and_keeps_the_roadmap()
    {
        var port = BotProcess.FreePort();
        await using (var first = await BotProcess.StartAsync(Settings(), port))
        {
            using var http = new HttpClient { BaseAddress = first.BaseAddress };
            var bot = new BotClient(http, "conv-assessment");
            var welcome = Assert.Single(await bot.JoinAsync());
            Assert.Contains("CareerBot", welcome.Text, StringComparison.Ordinal);
            Assert.Contains(welcome.SuggestedActions!.Actions!, a => a.Title == "Évaluer mon profil");

            Assert.StartsWith("(1/6)", Last(await bot.SayAsync("Évaluer mon profil")), StringComparison.Ordinal);
            Assert.StartsWith("(2/6)", Last(await bot.SayAsync("Bac+5")), StringComparison.Ordinal);
            Assert.StartsWith("(3/6)", Last(await bot.SayAsync("débutant")), StringComparison.Ordinal);
            first.Kill();
        }

        await using (var second = await BotProcess.StartAsync(Settings(), port))
        {
            using var http = new HttpClient { BaseAddress = second.BaseAddress };
            var bot = new BotClient(http, "conv-assessment");
            Assert.StartsWith("(4/6) Dans quel domaine", Last(await bot.SayAsync("courant")), StringComparison.Ordinal);
            await bot.SayAsync("rédaction");
            await bot.SayAsync("tous les jours");
            var roadmap = All(await bot.SayAsync("freelance"));
            Assert.Contains("Votre feuille de route", roadmap, StringComparison.Ordinal);
            Assert.Matches(@"\[\d+\]", roadmap);
            second.Kill();
        }

        await using var third = await BotProcess.StartAsync(Settings(), port);
        using var http3 = new HttpClient { BaseAddress = third.BaseAddress };
        var shown = All(await new BotClient(http3, "conv-later").SayAsync("mon profil"));
        Assert.Contains("Votre feuille de route", shown, StringComparison.Ordinal);
        Assert.Contains("Débutant en Python", shown, StringComparison.Ordinal);
    }

    public void Dispose() => _dataDirectory.Dispose();

    private Dictionary<string, string?> Settings()
    {
        var settings = BotProcess.SqliteSettings(_dataDirectory);
        settings["Bot__Mode"] = "Advisor";
        return settings;
    }

    private static string Last(IList<Activity> replies) => replies.Last(r => r.Type == ActivityTypes.Message).Text!;

    private static string All(IList<Activity> replies) => string.Join("\n", replies.Where(r => r.Type == ActivityTypes.Message).Select(r => r.Text));
}
