using System.Text.RegularExpressions;
using CareerBot.Knowledge.Chunking;

namespace CareerBot.Advisor.Extractive;

/// <summary>
/// Cuts a passage into the sentences an answer may quote: each list item ("- " dropped) and each sentence of a
/// paragraph; a reader comment loses its first word, the reader's name. Fragments too short to say anything and
/// sentences that read as instructions to an AI are left out.
/// </summary>
internal static partial class PassageSentences
{
    /// <summary>A prose sentence shorter than this rarely stands alone ("Alors est-ce le job rêvé ?").</summary>
    private const int MinSentenceLength = 45;

    /// <summary>A list item can be short and complete ("Employabilité : Très Bonne").</summary>
    private const int MinItemLength = 15;

    /// <summary>The sentences, and whether the passage is a list (its items then read as parts of the heading's statement).</summary>
    public static (IEnumerable<string> Sentences, bool List) Of(Passage passage)
    {
        var text = passage.Text;
        if (passage.Kind == PassageKind.Comment)
        {
            // The reader's name comes first (its own line in the article, joined to the comment by the parser).
            var space = text.IndexOfAny([' ', '\n']);
            text = space < 0 ? string.Empty : text[(space + 1)..];
        }

        var list = ListItem().IsMatch(text);
        var blocks = list ? ListItem().Split(text) : [text];
        var sentences = blocks
            .Select(b => b.ReplaceLineEndings(" ").Trim())
            .SelectMany(b => Boundary().Split(b))
            .Select(s => s.Trim())
            .Where(s => s.Length >= (list ? MinItemLength : MinSentenceLength) && !InjectionDetector.LooksLikeInstructions(s));
        return (sentences, list);
    }

    [GeneratedRegex(@"(?:^|\n)- ")]
    private static partial Regex ListItem();

    // After '.', '!', '?' or '…' (and a closing quote or bracket), before a word that starts like a sentence, or
    // before a tag: markup planted after a sentence is then a sentence of its own, left out without the one before.
    [GeneratedRegex(@"(?<=[.!?…][»”""')\]]?)\s+(?=[«“""(<\p{Lu}\d])")]
    private static partial Regex Boundary();
}
