using System.Globalization;
using System.Text.RegularExpressions;

namespace CareerBot.Knowledge.Evaluation;

/// <summary>
/// Finds the numbers of a French or English text as digit strings: "5 850" (any kind of space), "87.500" and
/// "300,000" are one number each when the separator is followed by exactly three digits; a decimal such as "3,5"
/// reads as 3 and 5, which is harmless for grounding (only numbers of 100 or more are checked).
/// </summary>
public static partial class NumberExtractor
{
    public static IEnumerable<decimal> Numbers(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (Match match in Number().Matches(text))
        {
            var digits = Separators().Replace(match.Value, string.Empty);
            if (decimal.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                yield return value;
            }
        }
    }

    [GeneratedRegex(@"(?<!\d)\d{1,3}(?:[\p{Zs}.,]\d{3})+(?!\d)|\d+")]
    private static partial Regex Number();

    [GeneratedRegex(@"[\p{Zs}.,]")]
    private static partial Regex Separators();
}
