using CareerBot.Advisor.Text;
using CareerBot.Knowledge;
using CareerBot.Knowledge.Analysis;
using CareerBot.Knowledge.Chunking;
using CareerBot.Knowledge.Synonyms;

namespace CareerBot.Advisor.Extractive;

/// <summary>
/// What the extractive answer needs to know of the whole knowledge base, computed once per loaded state: the
/// synonym groups and every article passage in analysed form (the analysis retrieval uses), for weighting a
/// question's concepts; and passages and titles by text, to show the source of a fact whose passage was not retrieved.
/// </summary>
internal sealed class CorpusView
{
    private static readonly FrenchTextAnalyzer Analyzer = new();

    /// <summary>The analysed forms of <c>Resources/FramingWords.txt</c>: question words that choose no sentence.</summary>
    private static readonly HashSet<string> Framing = EmbeddedText.Lines("FramingWords.txt")
        .SelectMany(line => line.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        .SelectMany(word => Analyzer.Terms(word))
        .ToHashSet(StringComparer.Ordinal);

    private readonly IReadOnlyList<Passage> _passages;
    private readonly string[] _collapsed;
    private readonly List<HashSet<string>> _articleTerms;
    private readonly List<IReadOnlyList<IReadOnlyList<string>>> _groups;
    private readonly Dictionary<string, string> _titles;

    public CorpusView(IKnowledgeSearch knowledge)
    {
        _passages = knowledge.Passages;
        Synonyms = knowledge.Synonyms;
        _collapsed = _passages.Select(p => Folding.CollapseWhitespace(p.Text)).ToArray();
        _articleTerms = _passages.Where(p => p.Kind == PassageKind.Article).Select(p => Terms(p.Text)).ToList();
        _groups = Synonyms
            .Select(g => (IReadOnlyList<IReadOnlyList<string>>)g.Terms.Select(t => Analyzer.Terms(t)).Where(t => t.Count > 0).ToList())
            .Where(g => g.Count > 1)
            .ToList();
        _titles = knowledge.Sources.ToDictionary(s => s.Id, s => s.Title, StringComparer.Ordinal);
        SalaryQuotes = knowledge.Facts.Where(f => f.Kind == "salary").Select(f => f.Quote).ToList();
    }

    /// <summary>The state this view was computed from: a reload replaces these lists, and the view with them.</summary>
    public IReadOnlyList<Passage> Passages => _passages;

    public IReadOnlyList<SynonymGroup> Synonyms { get; }

    /// <summary>The quotes of every salary record of the fact sheet.</summary>
    public IReadOnlyList<string> SalaryQuotes { get; }

    public static HashSet<string> Terms(string text) => Analyzer.Terms(text).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// The question's concepts: each run of question terms that is a phrase of a synonym group (longest first)
    /// becomes that group, every other term a concept of its own unless it only frames the question ("devenir").
    /// </summary>
    public IReadOnlyList<Concept> ConceptsOf(string question)
    {
        var terms = Analyzer.Terms(question);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var concepts = new List<Concept>();
        for (var i = 0; i < terms.Count;)
        {
            var (group, length) = LongestGroupAt(terms, i);
            var key = group >= 0 ? $"§{group}" : terms[i];
            if ((group >= 0 || !Framing.Contains(terms[i])) && seen.Add(key))
            {
                IReadOnlyList<IReadOnlyList<string>> phrases = group >= 0 ? _groups[group] : [[terms[i]]];
                concepts.Add(new Concept(phrases, Weight(phrases)));
            }

            i += Math.Max(length, 1);
        }

        return concepts;
    }

    /// <summary>The passage whose text contains <paramref name="quote"/>, or null.</summary>
    public Passage? PassageQuoting(string quote)
    {
        var collapsed = Folding.CollapseWhitespace(quote);
        var index = Array.FindIndex(_collapsed, text => text.Contains(collapsed, StringComparison.Ordinal));
        return index < 0 ? null : _passages[index];
    }

    public string? TitleOf(string sourceId) => _titles.GetValueOrDefault(sourceId);

    /// <summary>The synonym group with the longest phrase starting at <paramref name="start"/> (-1 for none), and that length.</summary>
    private (int Group, int Length) LongestGroupAt(IReadOnlyList<string> terms, int start)
    {
        var best = (Group: -1, Length: 0);
        for (var g = 0; g < _groups.Count; g++)
        {
            foreach (var phrase in _groups[g])
            {
                if (phrase.Count > best.Length && start + phrase.Count <= terms.Count && phrase.Select((t, k) => t == terms[start + k]).All(same => same))
                {
                    best = (g, phrase.Count);
                }
            }
        }

        return best;
    }

    /// <summary>Inverse document frequency over the article passages, so that rare words decide which sentence answers.</summary>
    private double Weight(IReadOnlyList<IReadOnlyList<string>> phrases)
    {
        var concept = new Concept(phrases, 0);
        var frequency = _articleTerms.Count(concept.FoundIn);
        return Math.Log(1 + (_articleTerms.Count / (1.0 + frequency)));
    }
}
