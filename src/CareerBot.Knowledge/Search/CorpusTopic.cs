using CareerBot.Knowledge.Analysis;
using CareerBot.Knowledge.Chunking;
using CareerBot.Knowledge.Text;

namespace CareerBot.Knowledge.Search;

/// <summary>
/// What the corpus is about, read from its titles: the analysed title terms shared by the most sources (here
/// "prompt", in every title), provided at least half the sources share them. A term in fewer titles ("métier",
/// which a job-description corpus uses for any job) is a genre word, not the subject.
/// <para>It also knows the topic's <em>fragments</em>: title words of the topic phrase that the articles say mostly
/// right beside a topic term ("engineer", said almost only in "prompt engineer"). Outside the topic phrase such a word names something else
/// ("software engineer", "data engineer"): the corpus knows the word, not that subject.</para>
/// </summary>
internal sealed class CorpusTopic
{
    private readonly HashSet<string> _terms;
    private readonly HashSet<string> _fragments;

    public CorpusTopic(IEnumerable<Passage> passages, FrenchTextAnalyzer analyzer)
    {
        var titleTerms = passages
            .DistinctBy(p => p.SourceId)
            .Select(p => analyzer.Terms(p.SourceTitle))
            .ToList();
        var titles = titleTerms.Select(t => t.ToHashSet(StringComparer.Ordinal)).ToList();
        var counts = titles
            .SelectMany(t => t)
            .GroupBy(t => t, StringComparer.Ordinal)
            .Select(g => (Term: g.Key, Sources: g.Count()))
            .ToList();
        var most = counts.Count == 0 ? 0 : counts.Max(c => c.Sources);
        _terms = most * 2 >= titles.Count && most > 0
            ? counts.Where(c => c.Sources == most).Select(c => c.Term).ToHashSet(StringComparer.Ordinal)
            : [];
        _fragments = Fragments(titleTerms, passages.Where(p => p.Kind == PassageKind.Article), analyzer, _terms);
    }

    public IReadOnlySet<string> Terms => _terms;

    /// <summary>Words of the topic phrase that the articles say mostly within it (see <see cref="Fragments"/>).</summary>
    public IReadOnlySet<string> FragmentTerms => _fragments;

    /// <summary>True when the concept is a single word that the articles use mostly as part of the topic phrase.</summary>
    public bool IsFragment(QueryConcept concept) =>
        !concept.IsSynonymGroup && concept.Phrases is [[var term]] && _fragments.Contains(term);

    /// <summary>
    /// The title words that stand beside a topic term in some title (the topic phrase: "engineer" in "prompt
    /// engineer", "ingénieur" in "ingénieur prompt") and that the articles use beside a topic term more often than
    /// not. Both are needed: a word of the topic phrase that the articles also use on its own ("IA") is a subject of
    /// theirs, and a word that merely happens to follow the topic in a sentence ("junior") is not in its name.
    /// </summary>
    private static HashSet<string> Fragments(IReadOnlyList<IReadOnlyList<string>> titles, IEnumerable<Passage> articles, FrenchTextAnalyzer analyzer, HashSet<string> topic)
    {
        var candidates = titles
            .SelectMany(t => t.Where((term, i) => !topic.Contains(term) && IsBesideTopic(t, i, topic)))
            .ToHashSet(StringComparer.Ordinal);
        var occurrences = new Dictionary<string, (int All, int BesideTopic)>(StringComparer.Ordinal);
        foreach (var passage in articles)
        {
            var terms = analyzer.Terms(passage.Text);
            for (var i = 0; i < terms.Count; i++)
            {
                if (candidates.Contains(terms[i]))
                {
                    var (all, besideTopic) = occurrences.GetValueOrDefault(terms[i]);
                    occurrences[terms[i]] = (all + 1, besideTopic + (IsBesideTopic(terms, i, topic) ? 1 : 0));
                }
            }
        }

        return occurrences
            .Where(o => o.Value.BesideTopic * 2 > o.Value.All)
            .Select(o => o.Key)
            .ToHashSet(StringComparer.Ordinal);
    }

    private static bool IsBesideTopic(IReadOnlyList<string> terms, int i, HashSet<string> topic) =>
        (i > 0 && topic.Contains(terms[i - 1])) || (i + 1 < terms.Count && topic.Contains(terms[i + 1]));

    /// <summary>
    /// True when one of the concept's phrases contains a topic term ("prompt engineer", "ingénieur en prompts"), or,
    /// for a word the corpus only knows with a typo, when it is one typo away from a topic term ("promt").
    /// </summary>
    public bool IsNamedBy(QueryConcept concept, bool typo) =>
        concept.Phrases.Any(phrase => phrase.Any(_terms.Contains))
        || (typo && concept.Word is { } word && _terms.Any(t => EditDistance.AtMostOne(word, t)));
}
