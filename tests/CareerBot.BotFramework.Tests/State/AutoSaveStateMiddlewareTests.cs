using CareerBot.BotFramework.Builder;
using CareerBot.BotFramework.State;
using CareerBot.Testing;

namespace CareerBot.BotFramework.Tests.State;

public sealed class AutoSaveStateMiddlewareTests
{
    private readonly MemoryStorage _storage = new();
    private readonly RecordingAdapter _adapter = new();

    [Fact]
    public async Task SavesEveryStateAfterTheBotRan()
    {
        var conversation = new ConversationState(_storage);
        var user = new UserState(_storage);
        var pipeline = new MiddlewareSet().Use(new AutoSaveStateMiddleware(conversation, user));

        await pipeline.ReceiveActivityAsync(_adapter.NewTurn(), async (turn, ct) =>
        {
            await conversation.CreateProperty<string>("topic").SetAsync(turn, "interview", ct);
            await user.CreateProperty<int>("visits").SetAsync(turn, 1, ct);
        }, CancellationToken.None);

        var next = _adapter.NewTurn();
        Assert.Equal("interview", await new ConversationState(_storage).CreateProperty<string>("topic").GetAsync(next));
        Assert.Equal(1, await new UserState(_storage).CreateProperty<int>("visits").GetAsync(next));
    }

    [Fact]
    public async Task ATurnThatThrows_SavesNothing()
    {
        var conversation = new ConversationState(_storage);
        var pipeline = new MiddlewareSet().Use(new AutoSaveStateMiddleware(conversation));

        await Assert.ThrowsAsync<InvalidOperationException>(() => pipeline.ReceiveActivityAsync(_adapter.NewTurn(), async (turn, ct) =>
        {
            await conversation.CreateProperty<string>("topic").SetAsync(turn, "half done", ct);
            throw new InvalidOperationException("bot failed");
        }, CancellationToken.None));

        Assert.Empty(await _storage.ReadAsync(["test/conversations/conv-1"]));
    }

    [Fact]
    public void NullStates_AreRejected()
    {
        Assert.Throws<ArgumentException>(() => new AutoSaveStateMiddleware(new ConversationState(_storage), null!));
    }
}
