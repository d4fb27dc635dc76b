using CareerBot.Advisor.Grounding;
using CareerBot.Knowledge.Chunking;
using CareerBot.Knowledge.Facts;
using CareerBot.Knowledge.Search;

namespace CareerBot.Advisor.Composition;

/// <summary>
/// The grounding context of a selection: the passages of its records in order of first use, so that the
/// <see cref="CitationMap"/> every answerer and the grounding guard share numbers them 1..n as the answer cites them.
/// </summary>
internal static class CitedRecords
{
    public static GroundingContext Context(IEnumerable<Fact> records, FactPassages passages)
    {
        var facts = new List<Fact>();
        var hits = new List<SearchHit>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var fact in records)
        {
            if (passages.Of(fact) is not { } passage)
            {
                continue;
            }

            facts.Add(fact);
            if (seen.Add(passage.Id))
            {
                hits.Add(new SearchHit(passage, 1f, hits.Count + 1, 1f));
            }
        }

        return new GroundingContext(hits, facts);
    }

    /// <summary>A context of passages alone (a question no record answers), cited in the order given.</summary>
    public static GroundingContext Context(IEnumerable<Passage> passages) =>
        new([.. passages.Select((p, i) => new SearchHit(p, 1f, i + 1, 1f))], []);
}
