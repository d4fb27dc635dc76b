using CareerBot.BotFramework.State;
using CareerBot.Testing;

namespace CareerBot.BotFramework.Tests.State;

/// <summary>Bot state end to end on a real SQLite file.</summary>
public sealed class SqliteBotStateTests : IDisposable
{
    private readonly TempDirectory _directory = new();
    private readonly RecordingAdapter _adapter = new();

    public sealed record Answers(List<string> Items);

    private SqliteStorage Open() => new(new SqliteStorageOptions { Path = _directory.Combine("bot.db") });

    [Fact]
    public async Task StateSavedBeforeARestart_IsReadAfterIt()
    {
        using (var before = Open())
        {
            var state = new ConversationState(before);
            var turn = _adapter.NewTurn();
            (await state.CreateProperty<Answers>("answers").GetAsync(turn, () => new Answers([]))).Items.Add("data engineer");
            await state.SaveChangesAsync(turn);
        }

        using var after = Open();
        var answers = await new ConversationState(after).CreateProperty<Answers>("answers").GetAsync(_adapter.NewTurn());

        Assert.Equal(["data engineer"], answers!.Items);
    }

    [Fact]
    public async Task ConcurrentTurnsThroughTwoInstances_SecondSaveThrows()
    {
        using var first = Open();
        using var second = Open();
        var stateA = new ConversationState(first);
        var stateB = new ConversationState(second);
        var turnA = _adapter.NewTurn();
        var turnB = _adapter.NewTurn();
        await stateA.CreateProperty<string>("topic").SetAsync(turnA, "a");
        await stateB.CreateProperty<string>("topic").SetAsync(turnB, "b");

        await stateA.SaveChangesAsync(turnA);

        await Assert.ThrowsAsync<StorageConcurrencyException>(() => stateB.SaveChangesAsync(turnB));
        Assert.Equal("a", await new ConversationState(second).CreateProperty<string>("topic").GetAsync(_adapter.NewTurn()));
    }

    public void Dispose() => _directory.Dispose();
}
