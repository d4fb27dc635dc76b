using CareerBot.Advisor.Feedback;
using static CareerBot.Advisor.Tests.Feedback.FeedbackSamples;

namespace CareerBot.Advisor.Tests.Feedback;

/// <summary>The behaviour every <see cref="IFeedbackStore"/> must have; each store runs it by deriving.</summary>
public abstract class FeedbackStoreContractTests
{
    private IFeedbackStore? _store;

    protected IFeedbackStore Store => _store ??= CreateStore();

    protected abstract IFeedbackStore CreateStore();

    protected static async Task<List<FeedbackRecord>> ReadAllAsync(IFeedbackStore store, DateTimeOffset? since = null)
    {
        var records = new List<FeedbackRecord>();
        await foreach (var record in store.ReadAsync(since))
        {
            records.Add(record);
        }

        return records;
    }

    [Fact]
    public async Task A_saved_rating_is_found_with_every_field()
    {
        var rating = Rating("r1", reaction: FeedbackReaction.Dislike, comment: "Pas assez précis");

        await Store.SaveAsync(rating);
        var found = await Store.FindAsync("r1");

        Assert.NotNull(found);
        Assert.Equal(rating with { Sources = [] }, found with { Sources = [] });
        Assert.Equal(rating.Sources, found.Sources);
        Assert.Null(await Store.FindAsync("other"));
    }

    [Fact]
    public async Task Saving_the_same_id_again_replaces_the_rating()
    {
        await Store.SaveAsync(Rating("r1", reaction: FeedbackReaction.Like));

        await Store.SaveAsync(Rating("r1", reaction: FeedbackReaction.Dislike, comment: "Il manque les chiffres suisses"));

        var all = await ReadAllAsync(Store);
        var only = Assert.Single(all);
        Assert.Equal("Il manque les chiffres suisses", only.Comment);
        Assert.Equal(FeedbackReaction.Dislike, only.Reaction);
    }

    [Fact]
    public async Task Read_returns_oldest_first_and_ties_by_id()
    {
        await Store.SaveAsync(Rating("c", Noon.AddHours(2)));
        await Store.SaveAsync(Rating("b", Noon));
        await Store.SaveAsync(Rating("a", Noon));
        await Store.SaveAsync(Rating("z", Noon.AddDays(-3)));

        var ids = (await ReadAllAsync(Store)).Select(r => r.Id);

        Assert.Equal(["z", "a", "b", "c"], ids);
    }

    [Fact]
    public async Task Read_since_keeps_the_ratings_at_or_after_the_date_whatever_the_offset()
    {
        await Store.SaveAsync(Rating("before", Noon.AddTicks(-1)));
        await Store.SaveAsync(Rating("at", Noon));
        // 13:30+01:00 is 12:30 UTC: after noon UTC. The ratings are compared as instants, not as local times.
        await Store.SaveAsync(Rating("after", new DateTimeOffset(2026, 3, 10, 13, 30, 0, TimeSpan.FromHours(1))));

        var ids = (await ReadAllAsync(Store, since: Noon.ToOffset(TimeSpan.FromHours(-5)))).Select(r => r.Id);

        Assert.Equal(["at", "after"], ids);
    }

    [Fact]
    public async Task Timestamps_come_back_in_utc_at_the_same_instant()
    {
        var paris = new DateTimeOffset(2026, 7, 1, 9, 15, 30, 123, TimeSpan.FromHours(2)).AddTicks(4567);

        await Store.SaveAsync(Rating("r1", paris));
        var found = await Store.FindAsync("r1");

        Assert.Equal(paris.UtcTicks, found!.Timestamp.UtcTicks);
        Assert.Equal(TimeSpan.Zero, found.Timestamp.Offset);
    }

    [Fact]
    public async Task Delete_older_than_removes_only_the_older_ratings_and_counts_them()
    {
        await Store.SaveAsync(Rating("old1", Noon.AddDays(-200)));
        await Store.SaveAsync(Rating("old2", Noon.AddDays(-181)));
        await Store.SaveAsync(Rating("at-cutoff", Noon.AddDays(-180)));
        await Store.SaveAsync(Rating("new", Noon));

        var deleted = await Store.DeleteOlderThanAsync(Noon.AddDays(-180));

        Assert.Equal(2, deleted);
        Assert.Equal(["at-cutoff", "new"], (await ReadAllAsync(Store)).Select(r => r.Id));
        Assert.Equal(0, await Store.DeleteOlderThanAsync(Noon.AddDays(-180)));
    }

    [Fact]
    public async Task A_comment_with_quotes_newlines_and_emoji_round_trips()
    {
        const string comment = "Réponse \"correcte\", mais 'incomplète' ;\r\nligne 2\n\t👍🏽 👨‍👩‍👧 — 100 % ; DROP TABLE feedback; --";

        await Store.SaveAsync(Rating("r1", comment: comment, question: "Et en Suisse ?\n«salaire»"));
        var found = await Store.FindAsync("r1");

        Assert.Equal(comment, found!.Comment);
        Assert.Equal("Et en Suisse ?\n«salaire»", found.Question);
    }

    [Fact]
    public async Task Overlong_text_is_cut_with_a_mark_and_an_empty_comment_is_no_comment()
    {
        var longComment = new string('a', 1_998) + "😀😀😀";

        await Store.SaveAsync(Rating("long", comment: longComment, question: new string('q', 10_000)));
        await Store.SaveAsync(Rating("blank", comment: "  \n "));

        var found = await Store.FindAsync("long");
        Assert.Equal(new string('a', 1_998) + "…", found!.Comment);
        Assert.Equal(8_000, found.Question.Length);
        Assert.EndsWith("…", found.Question, StringComparison.Ordinal);
        Assert.Null((await Store.FindAsync("blank"))!.Comment);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public async Task Empty_ids_are_refused(string id)
    {
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.SaveAsync(Rating(id)));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.FindAsync(id));
    }

    [Fact]
    public async Task Invalid_records_are_refused()
    {
        await Assert.ThrowsAsync<ArgumentNullException>(() => Store.SaveAsync(null!));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.SaveAsync(Rating(new string('x', 257))));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.SaveAsync(Rating("r1") with { Question = null! }));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.SaveAsync(Rating("r1") with { Sources = null! }));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.SaveAsync(Rating("r1") with { Sources = [null!] }));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Store.SaveAsync(Rating("r1") with { Reaction = (FeedbackReaction)7 }));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.FindAsync(null!));

        Assert.Empty(await ReadAllAsync(Store));
    }
}
