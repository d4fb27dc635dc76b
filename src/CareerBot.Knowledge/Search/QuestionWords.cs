using CareerBot.Knowledge.Analysis;

namespace CareerBot.Knowledge.Search;

/// <summary>
/// The words that frame a question ("nécessaire", "devenir", "need"), from the embedded <c>QuestionWords.txt</c>: the
/// out-of-scope guard leaves them out of its coverage and section tests, where a rare framing word would otherwise
/// outweigh the question's subject ("quelles sont les qualités humaines nécessaires" would need a section saying
/// "nécessaire" to be in scope).
/// </summary>
internal sealed class QuestionWords
{
    private readonly HashSet<string> _terms;

    public QuestionWords(FrenchTextAnalyzer analyzer)
    {
        using var stream = typeof(QuestionWords).Assembly.GetManifestResourceStream(typeof(QuestionWords), "QuestionWords.txt")
            ?? throw new InvalidOperationException("The embedded question-word list is missing.");
        using var reader = new StreamReader(stream);
        _terms = reader.ReadToEnd()
            .Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .SelectMany(analyzer.Terms)
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>True for a one-word concept (not a synonym group) whose word frames the question.</summary>
    public bool Frames(QueryConcept concept) =>
        !concept.IsSynonymGroup && concept.Phrases is [[var term]] && _terms.Contains(term);
}
