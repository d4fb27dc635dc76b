using CareerBot.Advisor.Conversation;
using CareerBot.BotFramework.State;
using CareerBot.Testing;

namespace CareerBot.Advisor.Tests.Conversation;

/// <summary>The answers kept for rating, in a real SQLite file: one item per slot, per conversation.</summary>
public sealed class RatedAnswerStoreTests : IDisposable
{
    private readonly TempDirectory _directory = new();
    private readonly RecordingAdapter _adapter = new();

    [Fact]
    public async Task An_answer_is_found_by_its_slot_and_id_until_its_slot_is_taken_by_another()
    {
        using var storage = new SqliteStorage(new SqliteStorageOptions { Path = _directory.Combine("state.db") });
        var store = new RatedAnswerStore(storage);
        var turn = _adapter.NewTurn(conversationId: "conv-a");

        await store.SaveAsync(turn, 0, Answer("a1", "Quel salaire ?"));
        var found = await store.FindAsync(turn, new RatedAnswerRef("a1", 0));
        Assert.Equal("Quel salaire ?", found?.Question);
        Assert.Equal("Titre", Assert.Single(found!.Sources).Title);

        await store.SaveAsync(turn, 0, Answer("a6", "Quelle formation ?"));
        Assert.Null(await store.FindAsync(turn, new RatedAnswerRef("a1", 0)));
        Assert.Equal("Quelle formation ?", (await store.FindAsync(turn, new RatedAnswerRef("a6", 0)))?.Question);
        Assert.Null(await store.FindAsync(turn, new RatedAnswerRef("a6", 1)));
    }

    [Fact]
    public async Task Conversations_do_not_see_each_others_answers()
    {
        using var storage = new SqliteStorage(new SqliteStorageOptions { Path = _directory.Combine("state.db") });
        var store = new RatedAnswerStore(storage);
        await store.SaveAsync(_adapter.NewTurn(conversationId: "conv-a"), 0, Answer("a1", "Quel salaire ?"));

        Assert.Null(await store.FindAsync(_adapter.NewTurn(conversationId: "conv-b"), new RatedAnswerRef("a1", 0)));
        Assert.NotNull(await store.FindAsync(_adapter.NewTurn(conversationId: "conv-a"), new RatedAnswerRef("a1", 0)));
    }

    public void Dispose() => _directory.Dispose();

    private static RecentAnswer Answer(string id, string question) => new()
    {
        Id = id,
        Question = question,
        Text = "Réponse « citée » : 45\u00A0000\u00A0€ [1]",
        Language = "fr",
        Sources = [new RecentSource(1, "Titre", "001#1")],
    };
}
