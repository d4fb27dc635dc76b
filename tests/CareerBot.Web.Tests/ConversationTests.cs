using CareerBot.BotFramework.Schema;
using CareerBot.Testing;

namespace CareerBot.Web.Tests;

public class ConversationTests(CareerBotFactory factory) : IClassFixture<CareerBotFactory>
{
    [Fact]
    public async Task A_new_user_is_welcomed_in_French_with_what_the_bot_can_do()
    {
        var bot = new BotClient(factory.CreateClient(), "conv-welcome");

        var replies = await bot.JoinAsync();

        var welcome = Assert.Single(replies);
        Assert.Equal(ActivityTypes.Message, welcome.Type);
        Assert.Contains("CareerBot", welcome.Text, StringComparison.Ordinal);
        Assert.Contains("prompt engineer", welcome.Text, StringComparison.Ordinal);
        Assert.Contains("salaires", welcome.Text, StringComparison.Ordinal);
        Assert.Equal("markdown", welcome.TextFormat);
        Assert.Equal("user-1", welcome.Recipient!.Id);
    }

    [Fact]
    public async Task Messages_are_echoed_and_counted_in_conversation_state()
    {
        var bot = new BotClient(factory.CreateClient(), "conv-echo");

        var first = Assert.Single(await bot.SayAsync("Bonjour"));
        var second = Assert.Single(await bot.SayAsync("Quel salaire ?"));

        Assert.Contains("« Bonjour »", first.Text, StringComparison.Ordinal);
        Assert.Contains("n° 1", first.Text, StringComparison.Ordinal);
        Assert.Contains("« Quel salaire ? »", second.Text, StringComparison.Ordinal);
        Assert.Contains("n° 2", second.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Conversations_have_separate_state()
    {
        var a = new BotClient(factory.CreateClient(), "conv-a");
        var b = new BotClient(factory.CreateClient(), "conv-b");

        await a.SayAsync("un");
        await a.SayAsync("deux");
        var reply = Assert.Single(await b.SayAsync("trois"));

        Assert.Contains("n° 1", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Concurrent_turns_of_one_conversation_lose_no_write()
    {
        var bot = new BotClient(factory.CreateClient(), "conv-concurrent");

        var replies = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => bot.SayAsync($"m{i}")));
        var last = Assert.Single(await bot.SayAsync("fin"));

        var counts = replies.Select(r => Assert.Single(r).Text!).Select(t => t[(t.IndexOf("n° ", StringComparison.Ordinal) + 3)..].Split(' ')[0]).Select(int.Parse).Order();
        Assert.Equal(Enumerable.Range(1, 20), counts);
        Assert.Contains("n° 21", last.Text, StringComparison.Ordinal);
    }
}
