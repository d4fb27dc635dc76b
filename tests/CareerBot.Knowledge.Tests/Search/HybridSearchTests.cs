using CareerBot.Knowledge.Analysis;
using CareerBot.Knowledge.Search;
using CareerBot.Knowledge.Tests.Support;
using Moq;

namespace CareerBot.Knowledge.Tests.Search;

public sealed class HybridSearchTests
{
    [Fact]
    public void Reciprocal_rank_fusion_adds_one_over_k_plus_rank()
    {
        var fused = ReciprocalRankFusion.Fuse([[1, 2, 3], [3, 1]], k: 60);

        Assert.Equal(1.0 / 61 + 1.0 / 62, fused[1], 12);
        Assert.Equal(1.0 / 62, fused[2], 12);
        Assert.Equal(1.0 / 63 + 1.0 / 61, fused[3], 12);
    }

    [Fact]
    public async Task Embeddings_bring_up_a_passage_that_shares_the_meaning_but_not_the_words()
    {
        using var folder = KnowledgeFolder.FromFixture();
        using var analyzer = new FrenchTextAnalyzer();
        // What a semantic model knows and the lexical index does not: a novice is a beginner.
        var aliases = new Dictionary<string, string> { [analyzer.Terms("novice").Single()] = analyzer.Terms("débutant").Single() };
        using var lexical = folder.CreateKnowledgeBase();
        await lexical.LoadAsync();
        using var hybrid = folder.CreateKnowledgeBase(embeddings: new HashingEmbeddingGenerator(aliases));
        await hybrid.LoadAsync();
        const string question = "salaire d'un prompt engineer novice";

        var lexicalHits = lexical.Search(question, 10);
        var hybridHits = await hybrid.SearchAsync(question, 10);

        Assert.False(lexical.Index!.Hybrid);
        Assert.True(hybrid.Index!.Hybrid);
        var lexicalRank = lexicalHits.Single(h => h.Passage.Id == "beta#2").Rank;
        var hybridRank = hybridHits.Single(h => h.Passage.Id == "beta#2").Rank;
        Assert.True(hybridRank < lexicalRank, $"hybrid rank {hybridRank}, lexical rank {lexicalRank}");
        Assert.True(hybridRank <= 3, $"hybrid rank {hybridRank}");
        Assert.Equal(Enumerable.Range(1, hybridHits.Count), hybridHits.Select(h => h.Rank));
    }

    [Fact]
    public async Task The_out_of_scope_guard_still_decides_in_hybrid_mode()
    {
        using var folder = KnowledgeFolder.FromFixture();
        using var hybrid = folder.CreateKnowledgeBase(embeddings: new HashingEmbeddingGenerator());
        await hybrid.LoadAsync();

        Assert.Empty(await hybrid.SearchAsync("salaire d'un boulanger"));
        Assert.NotEmpty(await hybrid.SearchAsync("salaire d'un débutant"));
    }

    [Fact]
    public async Task A_failing_embedding_service_leaves_the_lexical_search_working()
    {
        using var folder = KnowledgeFolder.FromFixture();
        var failing = new Moq.Mock<Microsoft.Extensions.AI.IEmbeddingGenerator<string, Microsoft.Extensions.AI.Embedding<float>>>();
        failing.Setup(g => g.GenerateAsync(Moq.It.IsAny<IEnumerable<string>>(), Moq.It.IsAny<Microsoft.Extensions.AI.EmbeddingGenerationOptions>(), Moq.It.IsAny<CancellationToken>()))
            .ThrowsAsync(new HttpRequestException("connection refused"));
        using var knowledge = folder.CreateKnowledgeBase(embeddings: failing.Object);

        await knowledge.LoadAsync();

        Assert.False(knowledge.Index!.Hybrid);
        Assert.NotEmpty(await knowledge.SearchAsync("salaire d'un débutant"));
        failing.Verify(g => g.GenerateAsync(Moq.It.IsAny<IEnumerable<string>>(), Moq.It.IsAny<Microsoft.Extensions.AI.EmbeddingGenerationOptions>(), Moq.It.IsAny<CancellationToken>()), Moq.Times.AtLeastOnce());
    }

    [Fact]
    public async Task A_question_embedding_failure_falls_back_to_the_lexical_ranking()
    {
        using var folder = KnowledgeFolder.FromFixture();
        var generator = new FailAfterGenerator(new HashingEmbeddingGenerator());
        using var knowledge = folder.CreateKnowledgeBase(embeddings: generator);
        await knowledge.LoadAsync();
        generator.Fail = true;

        var hits = await knowledge.SearchAsync("salaire d'un débutant");

        Assert.True(knowledge.Index!.Hybrid);
        Assert.NotEmpty(hits);
    }

    private sealed class FailAfterGenerator(HashingEmbeddingGenerator inner) : Microsoft.Extensions.AI.IEmbeddingGenerator<string, Microsoft.Extensions.AI.Embedding<float>>
    {
        public bool Fail { get; set; }

        public Task<Microsoft.Extensions.AI.GeneratedEmbeddings<Microsoft.Extensions.AI.Embedding<float>>> GenerateAsync(
            IEnumerable<string> values, Microsoft.Extensions.AI.EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default) =>
            Fail ? throw new HttpRequestException("503 Service Unavailable") : inner.GenerateAsync(values, options, cancellationToken);

        public object? GetService(Type serviceType, object? serviceKey = null) => inner.GetService(serviceType, serviceKey);

        public void Dispose() => inner.Dispose();
    }

    [Fact]
    public async Task Changing_the_embedding_model_rebuilds_the_index()
    {
        using var folder = KnowledgeFolder.FromFixture();
        using (var first = folder.CreateKnowledgeBase(embeddings: new HashingEmbeddingGenerator(model: "one")))
        {
            await first.LoadAsync();
        }

        var other = new HashingEmbeddingGenerator(model: "two");
        using var second = folder.CreateKnowledgeBase(embeddings: other);
        await second.LoadAsync();

        Assert.True(second.Index!.Built);
        Assert.Equal(16, other.EmbeddedValues);
    }
}
