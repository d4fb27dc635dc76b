using System.Text.RegularExpressions;

namespace CareerBot.Knowledge.Chunking;

/// <summary>
/// Splits French or English prose into sentences: after '.', '!', '?' or '…' (and a closing quote or bracket)
/// when the next word starts like a sentence (capital, digit, opening quote). Good enough for chunking; it never
/// loses a character, so the pieces joined with a space give back the text.
/// </summary>
internal static partial class SentenceSplitter
{
    public static IReadOnlyList<string> Split(string text) =>
        Boundary().Split(text).Where(s => s.Length > 0).ToList();

    [GeneratedRegex(@"(?<=[.!?…][»”""')\]]?)\s+(?=[«“""(\p{Lu}\d])")]
    private static partial Regex Boundary();
}
