using System.Buffers;
using System.Text.RegularExpressions;

namespace CareerBot.Knowledge.Text;

/// <summary>
/// Splits text into words made of letters and digits only: apostrophes, hyphens and "+" separate words, so
/// "d'emploi" is "d" "emploi", "États-Unis" is "États" "Unis" and "bac+5" is "bac" "5", for questions and cue lists alike.
/// </summary>
public static partial class Tokens
{
    private static readonly SearchValues<char> ClauseEnds = SearchValues.Create(",.;:!?…");

    public static IReadOnlyList<Token> Of(string text) =>
        Word().Matches(text).Select(m => new Token(m.Value, Folding.Fold(m.Value))).ToList();

    /// <summary>The words of a text, folded, with where each starts in it.</summary>
    public static IEnumerable<(int Index, string Folded)> Positioned(string text) =>
        Word().Matches(text).Select(m => (m.Index, Folding.Fold(m.Value)));

    /// <summary>
    /// For each word of <see cref="Of"/>, whether a punctuation mark that ends a clause (, . ; : ! ? …) stands between it
    /// and the word before: where what a clause says stops.
    /// </summary>
    public static bool[] ClauseStarts(string text)
    {
        var words = Word().Matches(text);
        var starts = new bool[words.Count];
        for (var i = 1; i < words.Count; i++)
        {
            var end = words[i - 1].Index + words[i - 1].Length;
            starts[i] = text.AsSpan(end, words[i].Index - end).IndexOfAny(ClauseEnds) >= 0;
        }

        return starts;
    }

    /// <summary>The folded words of a text.</summary>
    public static IReadOnlyList<string> FoldedWords(string text) => Of(text).Select(t => t.Folded).ToList();

    /// <summary>The folded words joined by single spaces, so that "contains" compares word sequences.</summary>
    public static string Flat(string text) => string.Join(' ', FoldedWords(text));

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
