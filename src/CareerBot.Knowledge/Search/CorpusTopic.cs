using CareerBot.Knowledge.Analysis;
using CareerBot.Knowledge.Chunking;

namespace CareerBot.Knowledge.Search;

/// <summary>
/// What the corpus is about, read from its titles: the analysed title terms shared by the most sources (here
/// "prompt", in every title), provided at least half the sources share them. A term in fewer titles ("métier",
/// which a job-description corpus uses for any job) is a genre word, not the subject.
/// </summary>
internal sealed class CorpusTopic
{
    private readonly HashSet<string> _terms;

    public CorpusTopic(IEnumerable<Passage> passages, FrenchTextAnalyzer analyzer)
    {
        var titles = passages
            .DistinctBy(p => p.SourceId)
            .Select(p => analyzer.Terms(p.SourceTitle).ToHashSet(StringComparer.Ordinal))
            .ToList();
        var counts = titles
            .SelectMany(t => t)
            .GroupBy(t => t, StringComparer.Ordinal)
            .Select(g => (Term: g.Key, Sources: g.Count()))
            .ToList();
        var most = counts.Count == 0 ? 0 : counts.Max(c => c.Sources);
        _terms = most * 2 >= titles.Count && most > 0
            ? counts.Where(c => c.Sources == most).Select(c => c.Term).ToHashSet(StringComparer.Ordinal)
            : [];
    }

    public IReadOnlySet<string> Terms => _terms;

    /// <summary>
    /// True when one of the concept's phrases contains a topic term ("prompt engineer", "ingénieur en prompts"), or,
    /// for a word the corpus only knows with a typo, when it is one typo away from a topic term ("promt").
    /// </summary>
    public bool IsNamedBy(QueryConcept concept, bool typo) =>
        concept.Phrases.Any(phrase => phrase.Any(_terms.Contains))
        || (typo && concept.Word is { } word && _terms.Any(t => EditDistance.AtMostOne(word, t)));
}
