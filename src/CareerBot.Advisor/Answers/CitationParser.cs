using System.Globalization;
using System.Text.RegularExpressions;

namespace CareerBot.Advisor.Answers;

/// <summary>Reads the citation markers of an answer: [1], and the grouped form [1, 3] that models also write.</summary>
internal static partial class CitationParser
{
    /// <summary>The cited numbers, each once, in ascending order.</summary>
    public static IReadOnlyList<int> Numbers(string text) =>
        [.. Marker().Matches(text)
            .SelectMany(m => m.Groups[1].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .Select(n => int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : -1)
            .Where(n => n >= 0)
            .Distinct()
            .Order()];

    [GeneratedRegex(@"\[(\d{1,4}(?:\s*,\s*\d{1,4})*)\]")]
    private static partial Regex Marker();
}
