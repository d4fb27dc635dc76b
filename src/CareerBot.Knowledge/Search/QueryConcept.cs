namespace CareerBot.Knowledge.Search;

/// <summary>
/// One idea of a question: a word, or a synonym group that matched one or more words. It is satisfied by any of
/// its <see cref="Phrases"/> (analysed term sequences). <see cref="Label"/> is the question text it came from.
/// </summary>
internal sealed record QueryConcept(string Label, IReadOnlyList<IReadOnlyList<string>> Phrases, bool IsSynonymGroup)
{
    /// <summary>The single term a typo-tolerant match may start from, for a one-word concept.</summary>
    public string? SingleTerm => !IsSynonymGroup && Phrases is [[var term]] ? term : null;
}
