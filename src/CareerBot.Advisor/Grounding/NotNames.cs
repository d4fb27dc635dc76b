using CareerBot.Advisor.Text;
using CareerBot.Knowledge.Text;

namespace CareerBot.Advisor.Grounding;

/// <summary>
/// Capitalised words that name no employer, school or platform (languages, countries of the sources, days, generic
/// abbreviations such as "IA"): the word list <c>Resources/NotNames.txt</c>, folded.
/// </summary>
internal static class NotNames
{
    private static readonly HashSet<string> Words = EmbeddedText.Lines("NotNames.txt")
        .SelectMany(line => line.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        .Select(Folding.Fold)
        .ToHashSet(StringComparer.Ordinal);

    /// <summary>True when every word of the name is in the list ("United States", "IA").</summary>
    public static bool Covers(IReadOnlyList<string> foldedWords) => foldedWords.All(Words.Contains);
}
