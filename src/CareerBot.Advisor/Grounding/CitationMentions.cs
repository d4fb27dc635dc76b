using System.Globalization;
using System.Text.RegularExpressions;

namespace CareerBot.Advisor.Grounding;

/// <summary>Finds citation markers: "[1]", "[1][2]" (two markers), "[1, 2]", "[1; 2]", and ranges "[1-3]".</summary>
internal static partial class CitationMentions
{
    /// <summary>A range wider than this is not expanded (a typo such as "[1-2000]" must not make thousands of numbers).</summary>
    private const int MaxRange = 50;

    public static IReadOnlyList<CitationMention> Find(string text) =>
        Marker().Matches(text).Select(m => new CitationMention(m.Value, Numbers(m.Groups["list"].Value))).ToList();

    /// <summary>Every number the text cites, once each, in ascending order.</summary>
    public static IReadOnlyList<int> Cited(string text) => [.. Find(text).SelectMany(c => c.Numbers).Distinct().Order()];

    /// <summary>
    /// The text with its citations numbered 1..n in order of first use ("[3] … [1, 3]" becomes "[1] … [1][2]"), and
    /// the number each new one stands for (the old number at index n - 1). A marker's numbers become one marker each,
    /// in ascending order ("[1, 3]" after "[3]" becomes "[1][2]").
    /// </summary>
    public static (string Text, IReadOnlyList<int> Original) Renumber(string text)
    {
        var original = new List<int>();
        var renumbered = Marker().Replace(text, m => string.Concat(Numbers(m.Groups["list"].Value).Select(n =>
        {
            var index = original.IndexOf(n);
            if (index < 0)
            {
                original.Add(n);
                index = original.Count - 1;
            }

            return index + 1;
        }).Distinct().Order().Select(n => $"[{n}]")));
        return (renumbered, original);
    }

    /// <summary>The text with each marker's numbers replaced by what <paramref name="map"/> gives them ("[2]" → "[5]").</summary>
    public static string Map(string text, Func<int, int> map) =>
        Marker().Replace(text, m => string.Concat(Numbers(m.Groups["list"].Value).Select(map).Distinct().Order().Select(n => $"[{n}]")));

    /// <summary>The text with every marker replaced by spaces, so that its numbers are not read as figures.</summary>
    public static string Blank(string text) => Marker().Replace(text, m => new string(' ', m.Length));

    private static List<int> Numbers(string list)
    {
        var numbers = new List<int>();
        foreach (var item in list.Split([',', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var bounds = item.Split(['-', '–'], StringSplitOptions.TrimEntries).Select(Parse).ToArray();
            if (bounds is [var from, var to] && to >= from && to - from <= MaxRange)
            {
                numbers.AddRange(Enumerable.Range(from, to - from + 1));
            }
            else
            {
                numbers.AddRange(bounds);
            }
        }

        return numbers;
    }

    // Too many digits for an int reads as "not a passage number" rather than failing.
    private static int Parse(string digits) =>
        int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : int.MaxValue;

    [GeneratedRegex(@"\[(?<list>\d+(?:\s*[-–,;]\s*\d+)*)\]")]
    private static partial Regex Marker();
}
