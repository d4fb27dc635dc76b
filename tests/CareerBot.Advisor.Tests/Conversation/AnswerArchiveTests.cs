using CareerBot.Advisor.Conversation;
using CareerBot.BotFramework.State;

namespace CareerBot.Advisor.Tests.Conversation;

public sealed class AnswerArchiveTests
{
    private static readonly ArchivedAnswer Salary = new("Un junior gagne 45 000 € par an [1].", [new RecentSource(1, "Fiche métier", "000_a#3")]);

    [Fact]
    public async Task An_answer_is_found_again_by_its_reference()
    {
        var archive = new AnswerArchive(new MemoryStorage());

        var reference = await archive.KeepAsync(Salary);

        var found = await archive.FindAsync(reference);
        Assert.NotNull(found);
        Assert.Equal(Salary.Text, found.Text);
        Assert.Equal(Salary.Sources, found.Sources);
    }

    [Fact]
    public async Task The_same_answer_gets_the_same_reference_and_is_written_once_another_gets_its_own()
    {
        var storage = new CountingStorage(new MemoryStorage());
        var archive = new AnswerArchive(storage);

        var first = await archive.KeepAsync(Salary);
        var again = await archive.KeepAsync(Salary with { Sources = [.. Salary.Sources] });
        var other = await archive.KeepAsync(Salary with { Text = "Un senior gagne plus [1]." });

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
        Assert.Equal(2, storage.Writes);
        // Another process (a fresh archive) sharing the store finds what this one kept.
        Assert.Equal(Salary.Text, (await new AnswerArchive(storage).FindAsync(first))!.Text);
    }

    [Fact]
    public async Task A_reference_the_store_no_longer_has_finds_nothing()
    {
        var storage = new MemoryStorage();
        var archive = new AnswerArchive(storage);
        var reference = await archive.KeepAsync(Salary);

        await storage.DeleteAsync(["answers/" + reference]);

        Assert.Null(await archive.FindAsync(reference));
    }

    private sealed class CountingStorage(IStorage inner) : IStorage
    {
        public int Writes { get; private set; }

        public Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default) =>
            inner.ReadAsync(keys, cancellationToken);

        public Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken = default)
        {
            Writes++;
            return inner.WriteAsync(changes, cancellationToken);
        }

        public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default) =>
            inner.DeleteAsync(keys, cancellationToken);
    }
}
