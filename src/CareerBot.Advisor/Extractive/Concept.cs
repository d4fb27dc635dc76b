namespace CareerBot.Advisor.Extractive;

/// <summary>
/// One thing a question asks about: a word, or a synonym group (any of its phrases will do), as analysed terms,
/// weighted by how rare it is in the articles (a word every passage has, such as "prompt", weighs little).
/// </summary>
internal sealed record Concept(IReadOnlyList<IReadOnlyList<string>> Phrases, double Weight)
{
    /// <summary>A phrase is found when all its terms are: word order does not matter in a sentence this short.</summary>
    public bool FoundIn(IReadOnlySet<string> terms) => Phrases.Any(phrase => phrase.All(terms.Contains));
}
