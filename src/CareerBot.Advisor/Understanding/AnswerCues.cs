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

    private static readonly string[] DetailLists = ["duration", "count", "time", "place"];

    /// <summary>The number a message asks for: a price before a count ("how much does it cost?" wants money).</summary>
    public static NumberAsked Asked(IReadOnlyList<Token> tokens) =>
        Cues.Matches("price", tokens) ? NumberAsked.Price : Cues.Matches("count", tokens) ? NumberAsked.Count : NumberAsked.None;

    /// <summary>Whether a message asks for a short answer (« en une phrase », "in a nutshell").</summary>
    public static bool AsksBrief(IReadOnlyList<Token> tokens) => Cues.Matches("brief", tokens);

    /// <summary>Whether a message asks for the last answer again, in the language it names ("say that in English please").</summary>
    public static bool AsksAgain(IReadOnlyList<Token> tokens) => Cues.Matches("again", tokens);

    /// <summary>
    /// The detail a message asks for, how long before how many (« combien de temps ? »). The accented « où » asks where;
    /// « ou » does too as the message's last word (« c ou ? »), where it cannot mean "or". « qui » and "who" ask who only
    /// in the first two words (« et qui l'a écrit ? »): further on, « qui » is a relative ("un profil qui code").
    /// </summary>
    public static DetailAsked Detail(IReadOnlyList<Token> tokens)
    {
        if (tokens.Count == 0)
        {
            return DetailAsked.None;
        }

        if (Cues.Matches("duration", tokens))
        {
            return DetailAsked.Duration;
        }

        if (Cues.Matches("count", tokens))
        {
            return DetailAsked.Number;
        }

        if (Cues.Matches("time", tokens))
        {
            return DetailAsked.Time;
        }

        if (Cues.Matches("place", tokens) || tokens.Any(t => t.Original is "où" or "Où") || tokens[^1].Folded == "ou")
        {
            return DetailAsked.Place;
        }

        return tokens.Take(2).Any(t => t.Folded is "qui" or "who" or "whom") ? DetailAsked.Person : DetailAsked.None;
    }

    /// <summary>The words of a message that ask for a detail (« long », "where"): they say what kind, not which one.</summary>
    public static bool AsksDetailWith(Token token) => DetailLists.Any(list => Cues.Has(list, token));

    /// <summary>Whether a message asks where an article comes from: who published or wrote it, and when.</summary>
    public static bool AsksOrigin(IReadOnlyList<Token> tokens) => Cues.Matches("origin", tokens);

    /// <summary>Whether a message refers back to what was said (« ça », "it", « il »): it is about the conversation.</summary>
    public static bool RefersBack(IReadOnlyList<Token> tokens) => Cues.Matches("back", tokens);

    /// <summary>
    /// Whether a text gives a number, in digits or in words (« une trentaine d'heures », "hundreds of hours"); a year
    /// (« en 2025 ») counts nothing.
    /// </summary>
    public static bool GivesNumber(string text) => Year().Replace(text, string.Empty).Any(char.IsAsciiDigit) || Cues.Matches("figure", Tokens.Of(text));

    [GeneratedRegex(@"\b(?:19|20)\d\d\b")]
    private static partial Regex Year();
}
