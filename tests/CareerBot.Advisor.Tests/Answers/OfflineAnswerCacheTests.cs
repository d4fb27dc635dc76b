using CareerBot.Advisor.Answers;
using CareerBot.Advisor.Grounding;
using CareerBot.Knowledge.Chunking;
using CareerBot.Knowledge.Facts;
using CareerBot.Knowledge.Synonyms;
using Moq;

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

        var first = cache.GetOrAdd(Loaded, Question, "fr", true, () => Compose(ref composed));
        var second = cache.GetOrAdd(Loaded, Question, "fr", true, () => Compose(ref composed));

        Assert.Equal(1, composed);
        Assert.Same(first, second);
    }

    [Fact]
    public void Another_language_or_another_question_is_composed_again()
    {
        var cache = new OfflineAnswerCache(10);
        var composed = 0;

        cache.GetOrAdd(Loaded, Question, "fr", true, () => Compose(ref composed));
        cache.GetOrAdd(Loaded, Question, "en", true, () => Compose(ref composed));
        cache.GetOrAdd(Loaded, Question + " ", "fr", true, () => Compose(ref composed));

        Assert.Equal(3, composed);
        Assert.Equal(3, cache.Count);
    }

    [Fact]
    public void A_reloaded_knowledge_base_empties_the_cache()
    {
        var cache = new OfflineAnswerCache(10);
        var composed = 0;
        cache.GetOrAdd(Loaded, Question, "fr", true, () => Compose(ref composed));
        cache.GetOrAdd(Loaded, "Quelles formations ?", "fr", true, () => Compose(ref composed));

        // A reload swaps in new lists, even with equal content.
        var reloaded = Loaded with { Facts = new List<Fact>() };
        cache.GetOrAdd(reloaded, Question, "fr", true, () => Compose(ref composed));

        Assert.Equal(3, composed);
        Assert.Equal(1, cache.Count);
    }

    [Fact]
    public void The_least_recently_used_answer_leaves_first_when_full()
    {
        var cache = new OfflineAnswerCache(2);
        var composed = 0;
        cache.GetOrAdd(Loaded, "a", "fr", true, () => Compose(ref composed));
        cache.GetOrAdd(Loaded, "b", "fr", true, () => Compose(ref composed));
        cache.GetOrAdd(Loaded, "a", "fr", true, () => Compose(ref composed)); // a is now the most recent
        cache.GetOrAdd(Loaded, "c", "fr", true, () => Compose(ref composed)); // b leaves

        cache.GetOrAdd(Loaded, "a", "fr", true, () => Compose(ref composed));
        Assert.Equal(3, composed);
        cache.GetOrAdd(Loaded, "b", "fr", true, () => Compose(ref composed));
        Assert.Equal(4, composed);
        Assert.Equal(2, cache.Count);
    }

    [Fact]
    public void A_size_of_zero_keeps_nothing()
    {
        var cache = new OfflineAnswerCache(0);
        var composed = 0;

        cache.GetOrAdd(Loaded, Question, "fr", true, () => Compose(ref composed));
        cache.GetOrAdd(Loaded, Question, "fr", true, () => Compose(ref composed));

        Assert.Equal(2, composed);
        Assert.Equal(0, cache.Count);
    }

    [Fact]
    public void Only_answers_to_questions_found_as_they_stand_are_given_before_retrieval()
    {
        var cache = new OfflineAnswerCache(10);
        var composed = 0;
        var standalone = cache.GetOrAdd(Loaded, Question, "fr", true, () => Compose(ref composed));
        cache.GetOrAdd(Loaded, "Et en France ?", "fr", false, () => Compose(ref composed));

        Assert.Same(standalone, cache.FindStandalone(Loaded, Question, "fr"));
        Assert.Null(cache.FindStandalone(Loaded, "Et en France ?", "fr"));
        Assert.Null(cache.FindStandalone(Loaded, Question, "en"));
        Assert.Null(cache.FindStandalone(Loaded with { Facts = new List<Fact>() }, Question, "fr"));
    }

    [Fact]
    public async Task A_short_follow_up_out_of_scope_on_its_own_is_not_taken_from_the_cache_once_it_has_a_previous_question()
    {
        var fixture = new AnswerServiceFixture(withModel: false);
        fixture.AnswerOptions.CacheSize = 100;
        var passages = new List<Passage>();
        fixture.Knowledge.SetupGet(k => k.Passages).Returns(passages);
        var hit = AnswerServiceFixture.Hit(1, "En France, un junior gagne 45 000 €.");
        fixture.Passages($"{Question} Et en France ?", hit);
        var service = fixture.Build();

        await service.AnswerAsync(new AnswerRequest("Et en France ?", "fr"));
        await service.AnswerAsync(new AnswerRequest("Et en France ?", "fr", [new ConversationTurn(true, Question), new ConversationTurn(false, "Réponse.")]));

        fixture.Extractive.Verify(e => e.Compose(It.Is<AnswerRequest>(r => r.Question == $"{Question} Et en France ?"), It.IsAny<GroundingContext>()), Times.Once());
    }

    [Fact]
    public async Task The_answer_service_composes_a_repeated_question_once_and_again_after_a_reload()
    {
        var fixture = new AnswerServiceFixture(withModel: false);
        fixture.AnswerOptions.CacheSize = 100;
        var passages = new List<Passage>();
        fixture.Knowledge.SetupGet(k => k.Passages).Returns(() => passages);
        fixture.Passages(Question, AnswerServiceFixture.Hit(1, "Salaire débutant : 5 850 € brut / mois"));
        var service = fixture.Build();

        await service.AnswerAsync(new AnswerRequest(Question, "fr"));
        await service.AnswerAsync(new AnswerRequest(Question, "fr", [new ConversationTurn(true, "Bonjour")]));
        fixture.Extractive.Verify(e => e.Compose(It.IsAny<AnswerRequest>(), It.IsAny<GroundingContext>()), Times.Once());
        fixture.Knowledge.Verify(k => k.SearchAsync(Question, It.IsAny<int?>(), It.IsAny<CancellationToken>()), Times.Once());

        passages = []; // what a reload of the knowledge folder does
        await service.AnswerAsync(new AnswerRequest(Question, "fr"));
        fixture.Extractive.Verify(e => e.Compose(It.IsAny<AnswerRequest>(), It.IsAny<GroundingContext>()), Times.Exactly(2));
    }

    private static Answer Compose(ref int composed)
    {
        composed++;
        return new Answer("réponse " + composed, [], AnswerOrigin.Extractive);
    }
}
