using System.Text;
using CareerBot.Knowledge.Text;

namespace CareerBot.Knowledge.Evaluation;

/// <summary>
/// Checks expected facts against an answer, for the retrieval evaluation and the conversation evaluation alike: each
/// entry is found when one of its <c>a|b</c> alternatives occurs in the answer, compared without case, accents or
/// whitespace, figures by their digits ("45 000 €" with any space, "€45,000" and "45000" are one figure), and a figure
/// never inside a longer one ("5 000" is not in "45 000").
/// </summary>
public static class FactMatcher
{
    public static bool ContainsAll(string answer, IEnumerable<string> expectedFacts) => MissingGroups(answer, expectedFacts).Count == 0;

    /// <summary>The groups of <paramref name="expected"/> none of whose alternatives <paramref name="text"/> has.</summary>
    public static IReadOnlyList<string> MissingGroups(string text, IEnumerable<string> expected)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(expected);
        var haystack = Normalize(text);
        return expected.Where(group => !group.Split('|').Any(alternative => Contains(haystack, Normalize(alternative)))).ToList();
    }

    /// <summary>
    /// Folded (<see cref="Folding.Fold"/>: lower case, no accents, apostrophes straightened, ligatures spelled out),
    /// digit groups joined (<see cref="NumberMentions.JoinDigitGroups"/>: "45 000", "45,000", "45.000" → "45000"), and
    /// whitespace removed except between two digits (where one space keeps numbers apart).
    /// </summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var folded = Folding.Fold(NumberMentions.JoinDigitGroups(text));
        var builder = new StringBuilder(folded.Length);
        for (var i = 0; i < folded.Length; i++)
        {
            var c = folded[i];
            if (char.IsWhiteSpace(c))
            {
                var next = i + 1;
                while (next < folded.Length && char.IsWhiteSpace(folded[next]))
                {
                    next++;
                }

                if (builder.Length > 0 && char.IsAsciiDigit(builder[^1]) && next < folded.Length && char.IsAsciiDigit(folded[next]))
                {
                    builder.Append(' ');
                }

                i = next - 1;
                continue;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>Substring search where a needle starting or ending with a digit may not be part of a longer number.</summary>
    public static bool Contains(string haystack, string needle)
    {
        if (needle.Length == 0)
        {
            return false;
        }

        for (var at = haystack.IndexOf(needle, StringComparison.Ordinal); at >= 0; at = haystack.IndexOf(needle, at + 1, StringComparison.Ordinal))
        {
            var before = at > 0 && char.IsAsciiDigit(needle[0]) && char.IsAsciiDigit(haystack[at - 1]);
            var end = at + needle.Length;
            var after = end < haystack.Length && char.IsAsciiDigit(needle[^1]) && char.IsAsciiDigit(haystack[end]);
            if (!before && !after)
            {
                return true;
            }
        }

        return false;
    }
}
