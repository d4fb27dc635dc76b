namespace CareerBot.Knowledge.Search;

/// <summary>
/// Where one concept of a question occurs in the corpus: the passages (document numbers) matching it exactly or,
/// failing that, with one typo; its IDF weight; whether it is a domain concept.
/// </summary>
internal sealed record ConceptEvidence(
    QueryConcept Concept,
    IReadOnlySet<int> ExactDocs,
    IReadOnlySet<int> FuzzyDocs,
    double Weight,
    bool IsDomain)
{
    public bool IsKnown => ExactDocs.Count > 0 || FuzzyDocs.Count > 0;

    /// <summary>How much of this concept's weight a passage earns: 1 for an exact match, the fuzzy weight for a typo match.</summary>
    public double MatchIn(int doc, double fuzzyWeight) =>
        ExactDocs.Contains(doc) ? 1 : FuzzyDocs.Contains(doc) ? fuzzyWeight : 0;

}
