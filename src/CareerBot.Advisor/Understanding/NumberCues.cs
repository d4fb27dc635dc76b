using System.Text.RegularExpressions;
using CareerBot.Advisor.Text;
using CareerBot.Knowledge.Text;

namespace CareerBot.Advisor.Understanding;

/// <summary>
/// Questions that ask for a number, and numbers written in words (<c>Resources/NumberCues.txt</c>): a question asking
/// how many is answered by a record that gives a figure, or told that the articles give none.
/// </summary>
internal static partial class NumberCues
{
    private static readonly CueLists Cues = CueLists.Load("NumberCues.txt");

    /// <summary>The number a message asks for: a price before a count ("how much does it cost?" wants money).</summary>
    public static NumberAsked Asked(IReadOnlyList<Token> tokens) =>
        Cues.Matches("price", tokens) ? NumberAsked.Price : Cues.Matches("count", tokens) ? NumberAsked.Count : NumberAsked.None;

    /// <summary>
    /// Whether a text gives a number, in digits or in words (« une trentaine d'heures », "hundreds of hours"); a year
    /// (« en 2025 ») counts nothing.
    /// </summary>
    public static bool GivesNumber(string text) => Year().Replace(text, string.Empty).Any(char.IsAsciiDigit) || Cues.Matches("figure", Tokens.Of(text));

    [GeneratedRegex(@"\b(?:19|20)\d\d\b")]
    private static partial Regex Year();
}
