using System.Text.RegularExpressions;

namespace CareerBot.Advisor.Grounding;

/// <summary>
/// The words of a text as names are written: letters and digits, with the joints a name keeps inside
/// ("LearnPrompting.org", "GPT-4", "États-Unis"), a French elision ("l'", "d'") and an English possessive ("'s")
/// taken off. "+" separates: "Bac+5" is the word "Bac" and the figure 5, which the figure check looks after. The names of an answer and the texts they are looked up in are both read this way.
/// </summary>
internal static partial class NameWords
{
    private static readonly char[] Joints = ['.', '-', '\'', '&'];

    /// <summary>Each word with where it starts (after the elision) and where its match ends (after the possessive).</summary>
    public static IEnumerable<(int Index, int End, string Word)> Of(string text)
    {
        foreach (Match match in Word().Matches(text))
        {
            var elision = Elision().Match(match.Value);
            var word = Possessive().Replace(match.Value[elision.Length..], string.Empty);
            yield return (match.Index + elision.Length, match.Index + match.Length, word);
        }
    }

    /// <summary>The pieces of a folded word between its joints: "learnprompting.org" → "learnprompting", "org".</summary>
    public static IEnumerable<string> Parts(string foldedWord) =>
        foldedWord.Split(Joints, StringSplitOptions.RemoveEmptyEntries);

    [GeneratedRegex(@"(?<![\p{L}\p{N}])[\p{L}\p{N}](?:[\p{L}\p{N}&]|[.\-'’](?=[\p{L}\p{N}]))*")]
    private static partial Regex Word();

    [GeneratedRegex(@"^(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu)['’](?=\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex Elision();

    [GeneratedRegex(@"['’][sS]$")]
    private static partial Regex Possessive();
}
