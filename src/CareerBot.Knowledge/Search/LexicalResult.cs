namespace CareerBot.Knowledge.Search;

/// <summary>
/// The BM25 ranking of a question with what the out-of-scope guard saw: the concepts and their evidence, and the
/// share of the question the corpus knows. When <see cref="InScope"/> is false, <see cref="Ranked"/> is empty.
/// </summary>
internal sealed record LexicalResult(
    IReadOnlyList<RankedPassage> Ranked,
    bool InScope,
    double QueryCoverage,
    IReadOnlyList<ConceptEvidence> Evidence)
{
    /// <summary>The concepts the articles know, which relevance is computed over.</summary>
    public IReadOnlyList<ConceptEvidence> Known { get; } = [.. Evidence.Where(e => e.IsKnown)];

    /// <summary>The sum of the <see cref="Known"/> concepts' weights.</summary>
    public double KnownWeight { get; } = Evidence.Where(e => e.IsKnown).Sum(e => e.Weight);
}
