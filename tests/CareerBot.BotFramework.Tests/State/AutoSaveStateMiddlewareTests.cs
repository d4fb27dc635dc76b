using CareerBot.BotFramework.Builder;
using CareerBot.BotFramework.State;
using CareerBot.Testing;
using Moq;

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
    public async Task StatesInOneStorage_AreWrittenInOneBatch()
    {
        var storage = new Mock<IStorage>();
        storage.Setup(s => s.ReadAsync(It.IsAny<IReadOnlyCollection<string>>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new Dictionary<string, StoreItem>());
        storage.Setup(s => s.WriteAsync(It.IsAny<IReadOnlyDictionary<string, StoreItem>>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((IReadOnlyDictionary<string, StoreItem> changes, CancellationToken _) => changes.Keys.ToDictionary(k => k, _ => "etag-1"));
        var conversation = new ConversationState(storage.Object);
        var user = new UserState(storage.Object);
        var pipeline = new MiddlewareSet().Use(new AutoSaveStateMiddleware(conversation, user, conversation));

        await pipeline.ReceiveActivityAsync(_adapter.NewTurn(), async (turn, ct) =>
        {
            await conversation.CreateProperty<string>("topic").SetAsync(turn, "interview", ct);
            await user.CreateProperty<int>("visits").SetAsync(turn, 1, ct);
        }, CancellationToken.None);

        storage.Verify(s => s.WriteAsync(It.Is<IReadOnlyDictionary<string, StoreItem>>(c => c.Count == 2), It.IsAny<CancellationToken>()), Times.Once());
        storage.Verify(s => s.WriteAsync(It.IsAny<IReadOnlyDictionary<string, StoreItem>>(), It.IsAny<CancellationToken>()), Times.Once());
    }

    [Fact]
    public async Task AUserStateChangedByAnotherTurn_KeepsTheConversationStateUnwrittenToo()
    {
        using var directory = new TempDirectory();
        using var storage = new SqliteStorage(new SqliteStorageOptions { Path = directory.Combine("state.db") });
        var conversation = new ConversationState(storage);
        var user = new UserState(storage);
        var pipeline = new MiddlewareSet().Use(new AutoSaveStateMiddleware(conversation, user));
        var turn = _adapter.NewTurn();
        await pipeline.ReceiveActivityAsync(turn, async (t, ct) =>
        {
            await conversation.CreateProperty<string>("step").SetAsync(t, "question 6", ct);
            await user.CreateProperty<string>("language").SetAsync(t, "fr", ct);
        }, CancellationToken.None);

        // The same user, in another conversation handled elsewhere, changes the user state while this turn runs.
        await Assert.ThrowsAsync<StorageConcurrencyException>(() => pipeline.ReceiveActivityAsync(_adapter.NewTurn(), async (t, ct) =>
        {
            await conversation.CreateProperty<string>("step").SetAsync(t, "roadmap", ct);
            await user.CreateProperty<string>("roadmap").SetAsync(t, "the roadmap", ct);
            var elsewhere = _adapter.NewTurn();
            await new UserState(storage).CreateProperty<string>("language").SetAsync(elsewhere, "en", ct);
            await new UserState(storage).SaveChangesAsync(elsewhere, force: true, ct);
        }, CancellationToken.None));

        var after = _adapter.NewTurn();
        Assert.Equal("question 6", await new ConversationState(storage).CreateProperty<string>("step").GetAsync(after));
        Assert.Null(await new UserState(storage).CreateProperty<string>("roadmap").GetAsync(after));
    }

    [Fact]
    public void NullStates_AreRejected()
    {
        Assert.Throws<ArgumentException>(() => new AutoSaveStateMiddleware(new ConversationState(_storage), null!));
    }
}
