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

    /// <summary>A which-question this short asks about what was said, whatever its words (« dans quel journal ? »).</summary>
    private const int NameAloneWords = 4;

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

        if (tokens.Take(2).Any(t => t.Folded is "qui" or "who" or "whom"))
        {
            return DetailAsked.Person;
        }

        return NameAskedAt(tokens) >= 0 ? DetailAsked.Name : DetailAsked.None;
    }

    /// <summary>
    /// The words of a message that do not ask for the detail: those that do (« long », "where") say what kind of detail,
    /// not which topic, and the sentence that gives it need not say them.
    /// </summary>
    public static IEnumerable<Token> WithoutDetailWords(IReadOnlyList<Token> tokens) =>
        tokens.Where(t => !DetailLists.Any(list => Cues.Has(list, t)));

    /// <summary>
    /// The kind of thing a which-question asks a name of ("company" in "which company posted it?"), or null. A sentence
    /// that names one need not say the kind; the kind may still name a topic ("which tools?").
    /// </summary>
    public static Token? KindAsked(IReadOnlyList<Token> tokens) => NameAskedAt(tokens) is var at and >= 0 ? tokens[at + 1] : null;

    /// <summary>
    /// Where a message asks which one of a kind of thing just spoken of: a <c>which</c> word among its first three, then
    /// a kind of thing a proper name names ("which newspaper interviewed him?", « dans quel journal ? »), in a message
    /// that refers back to what was said or says nothing else; -1 when it does not. "What profile were they after?"
    /// asks no name, and "which French companies are hiring?" refers to nothing said.
    /// </summary>
    private static int NameAskedAt(IReadOnlyList<Token> tokens)
    {
        if (tokens.Count > NameAloneWords && !RefersBack(tokens))
        {
            return -1;
        }

        for (var i = 0; i + 1 < tokens.Count && i < 3; i++)
        {
            if (Cues.Has("which", tokens[i]) && Cues.Has("name-kind", tokens[i + 1]))
            {
                return i;
            }
        }

        return -1;
    }

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
