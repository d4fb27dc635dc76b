using Lucene.Net.Index;
using Lucene.Net.Search;

namespace CareerBot.Knowledge.Search;

/// <summary>
/// Collects every matching passage with its score, in no order. The ranking re-scores and re-sorts them anyway
/// (relevance, diversification), so Lucene's top-N collector, which pre-fills a priority queue as long as the index,
/// would only sort them twice and allocate per document.
/// </summary>
internal sealed class HitCollector : ICollector
{
    private Scorer? _scorer;
    private int _docBase;

    public List<(int Doc, float Score)> Hits { get; } = [];

    // In order: out of order, Lucene picks its bucket scorer, which allocates a 2 048-entry table per query.
    public bool AcceptsDocsOutOfOrder => false;

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void SetNextReader(AtomicReaderContext context) => _docBase = context.DocBase;

    public void Collect(int doc) => Hits.Add((_docBase + doc, _scorer!.GetScore()));
}
