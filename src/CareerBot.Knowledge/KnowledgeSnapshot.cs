using CareerBot.Knowledge.Analysis;
using CareerBot.Knowledge.Chunking;
using CareerBot.Knowledge.Embeddings;
using CareerBot.Knowledge.Indexing;
using CareerBot.Knowledge.Loading;
using CareerBot.Knowledge.Search;
using Microsoft.Extensions.AI;

namespace CareerBot.Knowledge;

/// <summary>
/// One consistent state of the knowledge base: loaded content, open index, optional passage embeddings. Immutable;
/// a reload builds a new one and swaps it in. It owns one reference to the index, and each search takes its own,
/// so that disposing a replaced snapshot never pulls the index from under a search in flight.
/// </summary>
internal sealed class KnowledgeSnapshot : IDisposable
{
    private readonly PassageIndex? _index;
    private readonly PassageEmbeddings? _embeddings;
    private readonly LexicalSearcher? _lexical;
    private readonly KnowledgeOptions _options;

    public KnowledgeSnapshot(
        KnowledgeContent content,
        IReadOnlyList<KnowledgeIssue> issues,
        PassageIndex? index,
        PassageEmbeddings? embeddings,
        SynonymDictionary synonyms,
        KnowledgeOptions options,
        IndexInfo? info)
    {
        Content = content;
        Issues = issues;
        _index = index;
        _embeddings = embeddings;
        _options = options;
        Info = info;
        if (index is not null)
        {
            var questions = synonyms.Map is null ? new FrenchTextAnalyzer() : new FrenchTextAnalyzer(synonyms.Map);
            _lexical = new LexicalSearcher(index, new ConceptExtractor(questions, FrenchTextAnalyzer.Unstemmed(), synonyms), options);
        }
    }

    public static KnowledgeSnapshot Empty { get; } = new(
        new KnowledgeContent(string.Empty, [], [], [], Vocabulary.KnowledgeVocabulary.Empty, []), [], null, null,
        SynonymDictionary.Build([], new FrenchTextAnalyzer(), []), new KnowledgeOptions(), null);

    public KnowledgeContent Content { get; }

    public IReadOnlyList<KnowledgeIssue> Issues { get; }

    public IReadOnlyList<Passage> Passages => _index?.Passages ?? [];

    public IndexInfo? Info { get; }

    /// <summary>The open index, for a reload that finds the sources unchanged and keeps it.</summary>
    public PassageIndex? Index => _index;

    public PassageEmbeddings? Embeddings => _embeddings;

    public string? AnotherJobIn(string question) => _lexical?.AnotherJobIn(question);

    public async Task<IReadOnlyList<SearchHit>> SearchAsync(
        string question,
        int top,
        IEmbeddingGenerator<string, Embedding<float>>? generator,
        Action<Exception> onEmbeddingFailure,
        CancellationToken cancellationToken)
    {
        if (_index is null || _lexical is null || top <= 0 || !_index.TryAcquire())
        {
            return [];
        }

        try
        {
            var lexical = _lexical.Search(question);
            if (!lexical.InScope)
            {
                return [];
            }

            var ranked = lexical.Ranked;
            if (_embeddings is not null && generator is not null)
            {
                try
                {
                    ranked = await FuseAsync(question, lexical, top, generator, cancellationToken).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                {
                    // The embedding service is remote and may be down: the lexical ranking alone still answers.
                    onEmbeddingFailure(ex);
                }
            }

            return ranked
                .Take(top)
                .Select((r, i) => new SearchHit(_index.Passages[r.Doc], r.Score, i + 1, r.Relevance))
                .ToList();
        }
        finally
        {
            _index.Release();
        }
    }

    /// <summary>The lexical search with what the out-of-scope guard saw, for diagnostics.</summary>
    internal LexicalResult? Explain(string question)
    {
        if (_index is null || _lexical is null || !_index.TryAcquire())
        {
            return null;
        }

        try
        {
            return _lexical.Search(question);
        }
        finally
        {
            _index.Release();
        }
    }

    /// <summary>
    /// Gives back the snapshot's index reference (searches in flight keep theirs). The question analyzer is left to
    /// the garbage collector: a search that started before the swap may still be using it.
    /// </summary>
    public void Dispose() => _index?.Release();

    /// <summary>
    /// Hybrid ranking: reciprocal rank fusion of the BM25 ranking and the cosine ranking of the passage embeddings.
    /// The out-of-scope decision stays lexical (it has already passed here): similarity alone always finds a
    /// nearest passage, so it cannot say "nothing".
    /// </summary>
    private async Task<IReadOnlyList<RankedPassage>> FuseAsync(
        string question,
        LexicalResult lexical,
        int top,
        IEmbeddingGenerator<string, Embedding<float>> generator,
        CancellationToken cancellationToken)
    {
        var pool = Math.Max(top * 4, 20);
        var vector = await generator.GenerateVectorAsync(question, cancellationToken: cancellationToken).ConfigureAwait(false);
        var semantic = _embeddings!.Rank(vector.Span).Take(pool).Select(s => s.Doc);
        var fused = ReciprocalRankFusion.Fuse([lexical.Ranked.Take(pool).Select(r => r.Doc), semantic], _options.FusionK);
        return fused
            .Select(f => new RankedPassage(
                f.Key,
                f.Value * (_index!.Passages[f.Key].Kind == PassageKind.Comment ? _options.CommentFactor : 1),
                _lexical!.Relevance(lexical, f.Key)))
            .OrderByDescending(r => r.Score)
            .ToList();
    }
}
