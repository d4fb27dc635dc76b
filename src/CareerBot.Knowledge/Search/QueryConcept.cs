namespace CareerBot.Knowledge.Search;

/// <summary>
/// One idea of a question: a word, or a synonym group that matched one or more words. It is satisfied by any of
/// its <see cref="Phrases"/> (analysed term sequences). <see cref="Label"/> is the question text it came from;
/// <see cref="Word"/>, for a one-word concept, the word folded but not stemmed, which typo tolerance starts from.
/// </summary>
internal sealed record QueryConcept(string Label, IReadOnlyList<IReadOnlyList<string>> Phrases, bool IsSynonymGroup)
{
    public string? Word { get; init; }
}
