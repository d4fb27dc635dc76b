using System.Text.RegularExpressions;
using CareerBot.Knowledge.Chunking;

namespace CareerBot.Advisor.Extractive;

/// <summary>
/// Cuts a passage into the sentences an answer may quote: each list item ("- " dropped) and each sentence of a
/// paragraph; a reader comment loses its first line, the reader's name. Fragments too short to say anything and
/// sentences that read as instructions to an AI are left out.
/// </summary>
internal static partial class PassageSentences
{
    private const int MinLength = 20;

    public static IEnumerable<string> Of(Passage passage)
    {
        var text = passage.Text;
        if (passage.Kind == PassageKind.Comment)
        {
            var newline = text.IndexOf('\n', StringComparison.Ordinal);
            text = newline < 0 ? string.Empty : text[(newline + 1)..];
        }

        var blocks = ListItem().IsMatch(text)
            ? ListItem().Split(text)
            : [text.ReplaceLineEndings(" ")];
        return blocks
            .Select(b => b.ReplaceLineEndings(" ").Trim())
            .SelectMany(b => Boundary().Split(b))
            .Select(s => s.Trim())
            .Where(s => s.Length >= MinLength && !InjectionDetector.LooksLikeInstructions(s));
    }

    [GeneratedRegex(@"(?:^|\n)- ")]
    private static partial Regex ListItem();

    // After '.', '!', '?' or '…' (and a closing quote or bracket), before a word that starts like a sentence.
    [GeneratedRegex(@"(?<=[.!?…][»”""')\]]?)\s+(?=[«“""(\p{Lu}\d])")]
    private static partial Regex Boundary();
}
