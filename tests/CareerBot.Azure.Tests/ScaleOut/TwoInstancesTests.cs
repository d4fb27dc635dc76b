using CareerBot.BotFramework.Schema;
using CareerBot.EndToEnd.Tests;
using CareerBot.Testing;

namespace CareerBot.Azure.Tests.ScaleOut;

/// <summary>
/// Scale-out: two real host processes on different ports share one Azurite container (<c>Storage:Provider=Blob</c>)
/// and the turns of one conversation are spread over both.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class TwoInstancesTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task The_assessment_continues_at_the_right_question_whichever_instance_takes_the_turn()
    {
        var container = "scale" + Guid.NewGuid().ToString("N");
        await using var a = await BotProcess.StartAsync(Settings(container, "Advisor"));
        await using var b = await BotProcess.StartAsync(Settings(container, "Advisor"));
        using var httpA = new HttpClient { BaseAddress = a.BaseAddress };
        using var httpB = new HttpClient { BaseAddress = b.BaseAddress };
        var onA = new BotClient(httpA, "conv-scale");
        var onB = new BotClient(httpB, "conv-scale");

        Assert.StartsWith("(1/6)", Last(await onA.SayAsync("Évaluer mon profil")), StringComparison.Ordinal);
        Assert.StartsWith("(2/6)", Last(await onB.SayAsync("Bac+5")), StringComparison.Ordinal);
        Assert.StartsWith("(3/6)", Last(await onA.SayAsync("débutant")), StringComparison.Ordinal);
        Assert.StartsWith("(4/6) Dans quel domaine", Last(await onB.SayAsync("courant")), StringComparison.Ordinal);
        await onA.SayAsync("rédaction");
        await onB.SayAsync("tous les jours");
        Assert.Contains("Votre feuille de route", All(await onA.SayAsync("freelance")), StringComparison.Ordinal);

        // The roadmap is in the user's state: the other instance shows it in a new conversation.
        var shown = All(await new BotClient(httpB, "conv-scale-later").SayAsync("mon profil"));
        Assert.Contains("Débutant en Python", shown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Concurrent_turns_of_one_conversation_over_both_instances_lose_no_message()
    {
        var container = "scale" + Guid.NewGuid().ToString("N");
        await using var a = await BotProcess.StartAsync(Settings(container, "Echo"));
        await using var b = await BotProcess.StartAsync(Settings(container, "Echo"));
        using var httpA = new HttpClient { BaseAddress = a.BaseAddress };
        using var httpB = new HttpClient { BaseAddress = b.BaseAddress };
        BotClient[] instances = [new(httpA, "conv-race"), new(httpB, "conv-race")];

        var replies = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => ReplyAsync(instances[i % 2], $"m{i}")));
        var last = await ReplyAsync(instances[0], "fin");

        Assert.Equal(20, replies.Distinct().Count());
        Assert.All(replies, r => Assert.Contains("n° ", r, StringComparison.Ordinal));
        Assert.Contains("n° 21", last, StringComparison.Ordinal);
    }

    private Dictionary<string, string?> Settings(string container, string mode) => new()
    {
        ["Storage__Provider"] = "Blob",
        ["Storage__Blob__ConnectionString"] = azurite.ConnectionString,
        ["Storage__Blob__Container"] = container,
        ["Bot__Mode"] = mode,
    };

    private static async Task<string> ReplyAsync(BotClient bot, string text) => Assert.Single(await bot.SayAsync(text)).Text!;

    private static string Last(IList<Activity> replies) => replies.Last(r => r.Type == ActivityTypes.Message).Text!;

    private static string All(IList<Activity> replies) => string.Join("\n", replies.Where(r => r.Type == ActivityTypes.Message).Select(r => r.Text));
}
