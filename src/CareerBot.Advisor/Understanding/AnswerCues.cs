using System.Text.RegularExpressions;
using CareerBot.Advisor.Text;
using CareerBot.Knowledge.Text;

namespace CareerBot.Advisor.Understanding;

/// <summary>
/// What a question asks of its answer's form, and numbers written in words (<c>Resources/AnswerCues.txt</c>): a question
/// asking how many is answered by a record that gives a figure, or told that the articles give none; one asking for a
/// sentence gets one; one asking to say it again in another language gets the last answer anew.
/// </summary>
internal static partial class AnswerCues
{
    private static readonly CueLists Cues = CueLists.Load("AnswerCues.txt");

    /// <summary>The number a message asks for: a price before a count ("how much does it cost?" wants money).</summary>
    public static NumberAsked Asked(IReadOnlyList<Token> tokens) =>
        Cues.Matches("price", tokens) ? NumberAsked.Price : Cues.Matches("count", tokens) ? NumberAsked.Count : NumberAsked.None;

    /// <summary>Whether a message asks for a short answer (« en une phrase », "in a nutshell").</summary>
    public static bool AsksBrief(IReadOnlyList<Token> tokens) => Cues.Matches("brief", tokens);

    /// <summary>Whether a message asks for the last answer again, in the language it names ("say that in English please").</summary>
    public static bool AsksAgain(IReadOnlyList<Token> tokens) => Cues.Matches("again", tokens);

    /// <summary>
    /// Whether a text gives a number, in digits or in words (« une trentaine d'heures », "hundreds of hours"); a year
    /// (« en 2025 ») counts nothing.
    /// </summary>
    public static bool GivesNumber(string text) => Year().Replace(text, string.Empty).Any(char.IsAsciiDigit) || Cues.Matches("figure", Tokens.Of(text));

    [GeneratedRegex(@"\b(?:19|20)\d\d\b")]
    private static partial Regex Year();
}
