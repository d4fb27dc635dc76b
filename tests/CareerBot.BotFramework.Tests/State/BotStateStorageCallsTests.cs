using System.Text.Json;
using CareerBot.BotFramework.Schema;
using CareerBot.BotFramework.State;
using CareerBot.Testing;
using Moq;

namespace CareerBot.BotFramework.Tests.State;

/// <summary>Which storage calls bot state makes, observed on a mocked <see cref="IStorage"/>.</summary>
public sealed class BotStateStorageCallsTests
{
    private const string Key = "test/conversations/conv-1";
    private readonly Mock<IStorage> _storage = new(MockBehavior.Strict);
    private readonly RecordingAdapter _adapter = new();

    private void StoredState(object? document, string eTag = "etag-1")
    {
        IReadOnlyDictionary<string, StoreItem> items = document is null
            ? new Dictionary<string, StoreItem>()
            : new Dictionary<string, StoreItem> { [Key] = new(BotJson.ToElement(document), eTag) };
        _storage.Setup(s => s.ReadAsync(It.Is<IReadOnlyCollection<string>>(k => k.SequenceEqual(new[] { Key })), It.IsAny<CancellationToken>()))
            .ReturnsAsync(items);
    }

    private List<IReadOnlyDictionary<string, StoreItem>> CaptureWrites(string newETag = "etag-2")
    {
        var writes = new List<IReadOnlyDictionary<string, StoreItem>>();
        _storage.Setup(s => s.WriteAsync(It.IsAny<IReadOnlyDictionary<string, StoreItem>>(), It.IsAny<CancellationToken>()))
            .Callback<IReadOnlyDictionary<string, StoreItem>, CancellationToken>((changes, _) => writes.Add(changes))
            .ReturnsAsync(new Dictionary<string, string> { [Key] = newETag });
        return writes;
    }

    [Fact]
    public async Task SaveWithoutChange_DoesNotWrite()
    {
        StoredState(new { count = 1, topic = "cv" });
        var state = new ConversationState(_storage.Object);
        var turn = _adapter.NewTurn();

        Assert.Equal(1, await state.CreateProperty<int>("count").GetAsync(turn));
        Assert.Equal("cv", await state.CreateProperty<string>("topic").GetAsync(turn));
        await state.SaveChangesAsync(turn);

        _storage.Verify(s => s.WriteAsync(It.IsAny<IReadOnlyDictionary<string, StoreItem>>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task SaveAfterChange_WritesOnce_WithTheETagReadAtLoad()
    {
        StoredState(new { count = 1 });
        var writes = CaptureWrites();
        var state = new ConversationState(_storage.Object);
        var turn = _adapter.NewTurn();

        await state.CreateProperty<int>("count").SetAsync(turn, 2);
        await state.SaveChangesAsync(turn);
        await state.SaveChangesAsync(turn);

        var change = Assert.Single(Assert.Single(writes));
        Assert.Equal(Key, change.Key);
        Assert.Equal("etag-1", change.Value.ETag);
        Assert.False(change.Value.CreateOnly);
        Assert.Equal(2, change.Value.Document.GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task SaveOfStateThatWasAbsent_IsCreateOnly()
    {
        StoredState(null);
        var writes = CaptureWrites();
        var state = new ConversationState(_storage.Object);
        var turn = _adapter.NewTurn();

        await state.CreateProperty<string>("topic").SetAsync(turn, "salary");
        await state.SaveChangesAsync(turn);

        var item = Assert.Single(Assert.Single(writes)).Value;
        Assert.True(item.CreateOnly);
        Assert.Null(item.ETag);
    }

    [Fact]
    public async Task ForcedSave_WritesEvenWithoutChange()
    {
        StoredState(new { count = 1 });
        var writes = CaptureWrites();
        var state = new ConversationState(_storage.Object);
        var turn = _adapter.NewTurn();
        await state.LoadAsync(turn);

        await state.SaveChangesAsync(turn, force: true);

        Assert.Equal("etag-1", Assert.Single(Assert.Single(writes)).Value.ETag);
    }

    [Fact]
    public async Task StateIsReadOncePerTurn()
    {
        StoredState(new { count = 1 });
        var state = new ConversationState(_storage.Object);
        var turn = _adapter.NewTurn();

        await state.CreateProperty<int>("count").GetAsync(turn);
        await state.CreateProperty<string>("other").GetAsync(turn);
        await state.LoadAsync(turn);

        _storage.Verify(s => s.ReadAsync(It.IsAny<IReadOnlyCollection<string>>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task LoadAll_ReadsStatesOfOneStorageInOneRead_AndOnlyThoseNotLoaded()
    {
        const string UserKey = "test/users/user-1";
        var reads = new List<string[]>();
        _storage.Setup(s => s.ReadAsync(It.IsAny<IReadOnlyCollection<string>>(), It.IsAny<CancellationToken>()))
            .Callback<IReadOnlyCollection<string>, CancellationToken>((keys, _) => reads.Add([.. keys]))
            .ReturnsAsync(new Dictionary<string, StoreItem>
            {
                [Key] = new(BotJson.ToElement(new { topic = "cv" }), "etag-c"),
                [UserKey] = new(BotJson.ToElement(new { name = "Ada" }), "etag-u"),
            });
        var conversation = new ConversationState(_storage.Object);
        var user = new UserState(_storage.Object);
        var turn = _adapter.NewTurn();

        await BotState.LoadAllAsync(turn, [conversation, user, conversation]);
        await BotState.LoadAllAsync(turn, [conversation, user]);

        Assert.Equal([Key, UserKey], Assert.Single(reads));
        Assert.Equal("cv", await conversation.CreateProperty<string>("topic").GetAsync(turn));
        Assert.Equal("Ada", await user.CreateProperty<string>("name").GetAsync(turn));
        Assert.Single(reads);
    }

    [Fact]
    public async Task SaveOfStateNeverLoaded_TouchesNoStorage()
    {
        var state = new ConversationState(_storage.Object);

        await state.SaveChangesAsync(_adapter.NewTurn());

        _storage.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task StoredStateThatIsNotAnObject_IsReported()
    {
        _storage.Setup(s => s.ReadAsync(It.IsAny<IReadOnlyCollection<string>>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new Dictionary<string, StoreItem> { [Key] = new(JsonSerializer.SerializeToElement(new List<int> { 1, 2 }), "e") });
        var state = new ConversationState(_storage.Object);

        await Assert.ThrowsAsync<InvalidOperationException>(() => state.LoadAsync(_adapter.NewTurn()));
    }
}
