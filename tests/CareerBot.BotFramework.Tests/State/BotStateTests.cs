using System.Text.Json;
using CareerBot.BotFramework.Schema;
using CareerBot.BotFramework.State;
using CareerBot.Testing;

namespace CareerBot.BotFramework.Tests.State;

/// <summary>Bot state over a real <see cref="MemoryStorage"/> and real turn contexts.</summary>
public sealed class BotStateTests
{
    private readonly MemoryStorage _storage = new();
    private readonly RecordingAdapter _adapter = new();

    public sealed record Profile(string Name, List<string> Skills, Dictionary<string, int> Years);

    public sealed class Progress
    {
        public int Step { get; set; }
        public List<string> Answers { get; set; } = [];
    }

    [Fact]
    public async Task Get_UnsetPropertyWithoutFactory_ReturnsDefault()
    {
        var state = new ConversationState(_storage);
        var turn = _adapter.NewTurn();

        Assert.Null(await state.CreateProperty<Profile>("profile").GetAsync(turn));
        Assert.Equal(0, await state.CreateProperty<int>("count").GetAsync(turn));
    }

    [Fact]
    public async Task Get_UnsetPropertyWithFactory_ReturnsAndKeepsTheDefault()
    {
        var state = new ConversationState(_storage);
        var progress = state.CreateProperty<Progress>("progress");
        var turn = _adapter.NewTurn();

        var first = await progress.GetAsync(turn, () => new Progress { Step = 1 });
        var second = await progress.GetAsync(turn, () => new Progress { Step = 99 });
        await state.SaveChangesAsync(turn);

        Assert.Same(first, second);
        Assert.Equal(1, (await progress.GetAsync(_adapter.NewTurn(), () => new Progress()))!.Step);
    }

    [Fact]
    public async Task Set_Save_ThenANewTurnReadsTheValue()
    {
        var state = new UserState(_storage);
        var profile = state.CreateProperty<Profile>("profile");
        var turn = _adapter.NewTurn();
        var saved = new Profile("Ada", ["C#", "SQL"], new() { ["dotnet"] = 7 });

        await profile.SetAsync(turn, saved);
        await state.SaveChangesAsync(turn);

        var read = await new UserState(_storage).CreateProperty<Profile>("profile").GetAsync(_adapter.NewTurn());
        Assert.NotNull(read);
        Assert.Equal("Ada", read.Name);
        Assert.Equal(["C#", "SQL"], read.Skills);
        Assert.Equal(7, read.Years["dotnet"]);
    }

    [Fact]
    public async Task MutatingTheReturnedObject_IsSaved()
    {
        var state = new ConversationState(_storage);
        var progress = state.CreateProperty<Progress>("progress");
        var turn = _adapter.NewTurn();

        var value = await progress.GetAsync(turn, () => new Progress());
        value.Step = 3;
        value.Answers.Add("backend");
        await state.SaveChangesAsync(turn);

        var next = await progress.GetAsync(_adapter.NewTurn());
        Assert.Equal(3, next!.Step);
        Assert.Equal(["backend"], next.Answers);
    }

    [Fact]
    public async Task StorageKeys_FollowTheBotBuilderLayout_AndHoldPropertiesByName()
    {
        var conversation = new ConversationState(_storage);
        var user = new UserState(_storage);
        var turn = _adapter.NewTurn("msteams", "19:abc", "29:xyz");

        await conversation.CreateProperty<string>("topic").SetAsync(turn, "interview");
        await user.CreateProperty<int>("visits").SetAsync(turn, 2);
        await conversation.SaveChangesAsync(turn);
        await user.SaveChangesAsync(turn);

        var items = await _storage.ReadAsync(["msteams/conversations/19:abc", "msteams/users/29:xyz"]);
        Assert.Equal("interview", items["msteams/conversations/19:abc"].Document.GetProperty("topic").GetString());
        Assert.Equal(2, items["msteams/users/29:xyz"].Document.GetProperty("visits").GetInt32());
    }

    [Fact]
    public async Task UserState_FollowsTheUserAcrossConversations_ConversationStateDoesNot()
    {
        var conversation = new ConversationState(_storage);
        var user = new UserState(_storage);
        var first = _adapter.NewTurn(conversationId: "c1");
        await conversation.CreateProperty<string>("p").SetAsync(first, "conversation value");
        await user.CreateProperty<string>("p").SetAsync(first, "user value");
        await conversation.SaveChangesAsync(first);
        await user.SaveChangesAsync(first);

        var other = _adapter.NewTurn(conversationId: "c2");

        Assert.Null(await conversation.CreateProperty<string>("p").GetAsync(other));
        Assert.Equal("user value", await user.CreateProperty<string>("p").GetAsync(other));
    }

    [Fact]
    public async Task SavingTwiceInOneTurn_UsesTheETagOfTheFirstSave()
    {
        var state = new ConversationState(_storage);
        var count = state.CreateProperty<int>("count");
        var turn = _adapter.NewTurn();

        await count.SetAsync(turn, 1);
        await state.SaveChangesAsync(turn);
        await count.SetAsync(turn, 2);
        await state.SaveChangesAsync(turn);

        Assert.Equal(2, await count.GetAsync(_adapter.NewTurn()));
    }

    [Fact]
    public async Task ConcurrentTurnsOnOneConversation_SecondSaveThrows_AndFirstChangeIsKept()
    {
        var state = new ConversationState(_storage);
        var count = state.CreateProperty<int>("count");
        var setup = _adapter.NewTurn();
        await count.SetAsync(setup, 1);
        await state.SaveChangesAsync(setup);

        var turnA = _adapter.NewTurn();
        var turnB = _adapter.NewTurn();
        var seenByA = await count.GetAsync(turnA);
        var seenByB = await count.GetAsync(turnB);
        await count.SetAsync(turnA, seenByA + 10);
        await count.SetAsync(turnB, seenByB + 100);
        await state.SaveChangesAsync(turnA);

        await Assert.ThrowsAsync<StorageConcurrencyException>(() => state.SaveChangesAsync(turnB));
        Assert.Equal(11, await count.GetAsync(_adapter.NewTurn()));
    }

    [Fact]
    public async Task ConcurrentFirstTurns_SecondSaveThrows_EvenThoughNothingWasStored()
    {
        var state = new ConversationState(_storage);
        var topic = state.CreateProperty<string>("topic");
        var turnA = _adapter.NewTurn();
        var turnB = _adapter.NewTurn();
        await topic.SetAsync(turnA, "a");
        await topic.SetAsync(turnB, "b");

        await state.SaveChangesAsync(turnA);

        await Assert.ThrowsAsync<StorageConcurrencyException>(() => state.SaveChangesAsync(turnB));
        Assert.Equal("a", await topic.GetAsync(_adapter.NewTurn()));
    }

    [Fact]
    public async Task ForcedLoad_DiscardsUnsavedChanges()
    {
        var state = new ConversationState(_storage);
        var topic = state.CreateProperty<string>("topic");
        var setup = _adapter.NewTurn();
        await topic.SetAsync(setup, "saved");
        await state.SaveChangesAsync(setup);
        var turn = _adapter.NewTurn();
        await topic.SetAsync(turn, "unsaved");

        await state.LoadAsync(turn, force: true);

        Assert.Equal("saved", await topic.GetAsync(turn));
    }

    [Fact]
    public async Task DeletedProperty_IsGoneAfterSave_OthersStay()
    {
        var state = new ConversationState(_storage);
        var keep = state.CreateProperty<string>("keep");
        var drop = state.CreateProperty<string>("drop");
        var setup = _adapter.NewTurn();
        await keep.SetAsync(setup, "k");
        await drop.SetAsync(setup, "d");
        await state.SaveChangesAsync(setup);

        var turn = _adapter.NewTurn();
        await drop.DeleteAsync(turn);
        await state.SaveChangesAsync(turn);

        var next = _adapter.NewTurn();
        Assert.Equal("k", await keep.GetAsync(next));
        Assert.Null(await drop.GetAsync(next));
    }

    [Fact]
    public async Task ClearState_ThenSave_StoresAnEmptyState()
    {
        var state = new ConversationState(_storage);
        var setup = _adapter.NewTurn();
        await state.CreateProperty<string>("topic").SetAsync(setup, "x");
        await state.SaveChangesAsync(setup);

        var turn = _adapter.NewTurn();
        await state.ClearStateAsync(turn);
        await state.SaveChangesAsync(turn);

        var stored = (await _storage.ReadAsync(["test/conversations/conv-1"]))["test/conversations/conv-1"];
        Assert.Equal(JsonValueKind.Object, stored.Document.ValueKind);
        Assert.Empty(stored.Document.EnumerateObject());
    }

    [Fact]
    public async Task Delete_RemovesTheStateFromStorage_AndTheTurnStartsOver()
    {
        var state = new ConversationState(_storage);
        var topic = state.CreateProperty<string>("topic");
        var setup = _adapter.NewTurn();
        await topic.SetAsync(setup, "x");
        await state.SaveChangesAsync(setup);

        var turn = _adapter.NewTurn();
        Assert.Equal("x", await topic.GetAsync(turn));
        await state.DeleteAsync(turn);

        Assert.Empty(await _storage.ReadAsync(["test/conversations/conv-1"]));
        Assert.Null(await topic.GetAsync(turn));
    }

    [Fact]
    public async Task TwoAccessorsWithOneNameAndDifferentTypes_AreReported()
    {
        var state = new ConversationState(_storage);
        var turn = _adapter.NewTurn();
        await state.CreateProperty<Progress>("shared").SetAsync(turn, new Progress());

        await Assert.ThrowsAsync<InvalidOperationException>(() => state.CreateProperty<Profile>("shared").GetAsync(turn));
    }

    [Fact]
    public async Task ValueStoredAsJson_IsReadBackAsTheAccessorsType()
    {
        await _storage.WriteAsync(new Dictionary<string, StoreItem>
        {
            ["test/users/user-1"] = new(BotJson.ToElement(new { profile = new { name = "Grace", skills = new List<string> { "COBOL" }, years = new Dictionary<string, int>() } })),
        });

        var profile = await new UserState(_storage).CreateProperty<Profile>("profile").GetAsync(_adapter.NewTurn());

        Assert.Equal("Grace", profile!.Name);
        Assert.Equal(["COBOL"], profile.Skills);
    }

    [Theory]
    [InlineData(null, "conv-1", "channelId")]
    [InlineData("test", null, "conversation.id")]
    [InlineData("test", "", "conversation.id")]
    public async Task ConversationState_WithoutChannelOrConversationId_ThrowsArgumentException(string? channelId, string? conversationId, string missing)
    {
        var state = new ConversationState(_storage);
        var turn = _adapter.NewTurn(channelId, conversationId);

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => state.CreateProperty<string>("p").GetAsync(turn));

        Assert.Contains(missing, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "user-1", "channelId")]
    [InlineData("test", null, "from.id")]
    [InlineData("test", " ", "from.id")]
    public async Task UserState_WithoutChannelOrFromId_ThrowsArgumentException(string? channelId, string? userId, string missing)
    {
        var state = new UserState(_storage);
        var turn = _adapter.NewTurn(channelId, userId: userId);

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => state.LoadAsync(turn));

        Assert.Contains(missing, ex.Message, StringComparison.Ordinal);
    }
}
