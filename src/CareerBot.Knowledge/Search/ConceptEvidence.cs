namespace CareerBot.Knowledge.Search;

/// <summary>
/// Where one concept of a question occurs in the corpus: the passages (document numbers) matching it exactly or,
/// failing that, with one typo (and the index words that typo stands for); its IDF weight; whether article text contains it (a word only reader comments use
/// tells nothing about what the articles can answer); whether it names the corpus topic.
/// </summary>
internal sealed record ConceptEvidence(
    QueryConcept Concept,
    IReadOnlySet<int> ExactDocs,
    IReadOnlySet<int> FuzzyDocs,
    IReadOnlyList<string> TypoWords,
    double Weight,
    bool IsKnown,
    bool IsTopic)
{
    /// <summary>How much of this concept's weight a passage earns: 1 for an exact match, the fuzzy weight for a typo match.</summary>
    public double MatchIn(int doc, double fuzzyWeight) =>
        ExactDocs.Contains(doc) ? 1 : FuzzyDocs.Contains(doc) ? fuzzyWeight : 0;
}
