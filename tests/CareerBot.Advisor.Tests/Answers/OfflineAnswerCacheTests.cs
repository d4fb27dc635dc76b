using CareerBot.Advisor.Answers;
using CareerBot.Advisor.Grounding;
using CareerBot.Knowledge.Chunking;
using CareerBot.Knowledge.Facts;
using CareerBot.Knowledge.Synonyms;

namespace CareerBot.Advisor.Tests.Answers;

public sealed class OfflineAnswerCacheTests
{
    private const string Question = "Quel est le salaire d'un prompt engineer junior ?";

    private static readonly KnowledgeVersion Loaded = new(Array.Empty<Passage>(), Array.Empty<Fact>(), Array.Empty<SynonymGroup>());

    [Fact]
    public void The_same_question_in_the_same_language_is_composed_once()
    {
        var cache = new OfflineAnswerCache(10);
        var composed = 0;

        var first = cache.GetOrAdd(Loaded, Question, "fr", () => Compose(ref composed));
        var second = cache.GetOrAdd(Loaded, Question, "fr", () => Compose(ref composed));

        Assert.Equal(1, composed);
        Assert.Same(first, second);
    }

    [Fact]
    public void Another_language_or_another_question_is_composed_again()
    {
        var cache = new OfflineAnswerCache(10);
        var composed = 0;

        cache.GetOrAdd(Loaded, Question, "fr", () => Compose(ref composed));
        cache.GetOrAdd(Loaded, Question, "en", () => Compose(ref composed));
        cache.GetOrAdd(Loaded, Question + " ", "fr", () => Compose(ref composed));

        Assert.Equal(3, composed);
        Assert.Equal(3, cache.Count);
    }

    [Fact]
    public void A_reloaded_knowledge_base_empties_the_cache()
    {
        var cache = new OfflineAnswerCache(10);
        var composed = 0;
        cache.GetOrAdd(Loaded, Question, "fr", () => Compose(ref composed));
        cache.GetOrAdd(Loaded, "Quelles formations ?", "fr", () => Compose(ref composed));

        // A reload swaps in new lists, even with equal content.
        var reloaded = Loaded with { Facts = new List<Fact>() };
        cache.GetOrAdd(reloaded, Question, "fr", () => Compose(ref composed));

        Assert.Equal(3, composed);
        Assert.Equal(1, cache.Count);
    }

    [Fact]
    public void The_least_recently_used_answer_leaves_first_when_full()
    {
        var cache = new OfflineAnswerCache(2);
        var composed = 0;
        cache.GetOrAdd(Loaded, "a", "fr", () => Compose(ref composed));
        cache.GetOrAdd(Loaded, "b", "fr", () => Compose(ref composed));
        cache.GetOrAdd(Loaded, "a", "fr", () => Compose(ref composed)); // a is now the most recent
        cache.GetOrAdd(Loaded, "c", "fr", () => Compose(ref composed)); // b leaves

        cache.GetOrAdd(Loaded, "a", "fr", () => Compose(ref composed));
        Assert.Equal(3, composed);
        cache.GetOrAdd(Loaded, "b", "fr", () => Compose(ref composed));
        Assert.Equal(4, composed);
        Assert.Equal(2, cache.Count);
    }

    [Fact]
    public void A_size_of_zero_keeps_nothing()
    {
        var cache = new OfflineAnswerCache(0);
        var composed = 0;

        cache.GetOrAdd(Loaded, Question, "fr", () => Compose(ref composed));
        cache.GetOrAdd(Loaded, Question, "fr", () => Compose(ref composed));

        Assert.Equal(2, composed);
        Assert.Equal(0, cache.Count);
    }

    [Fact]
    public async Task The_answer_service_composes_a_repeated_plan_once_and_again_after_a_reload()
    {
        var fixture = new AnswerServiceFixture(withModel: false);
        fixture.AnswerOptions.CacheSize = 100;
        fixture.Passages(Question, AnswerServiceFixture.Hit(1, "Salaire débutant : 5 850 € brut / mois"));
        var service = fixture.Build();

        var first = await service.AnswerAsync(new AnswerRequest(Question, "fr"));
        var again = await service.AnswerAsync(new AnswerRequest(Question, "fr", [new ConversationTurn(true, "Bonjour")]));
        Assert.Same(first, again);

        fixture.PassageList = [.. fixture.PassageList]; // what a reload of the knowledge folder does: new lists
        var reloaded = await service.AnswerAsync(new AnswerRequest(Question, "fr"));
        Assert.NotSame(first, reloaded);
        Assert.Equal(first.Text, reloaded.Text);
    }

    private static Answer Compose(ref int composed)
    {
        composed++;
        return new Answer("réponse " + composed, [], AnswerOrigin.Extractive);
    }
}
