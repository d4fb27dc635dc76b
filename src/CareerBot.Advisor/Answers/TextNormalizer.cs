using System.Globalization;
using System.Text;

namespace CareerBot.Advisor.Answers;

/// <summary>Words of a text for verbatim comparisons: lower case, accents folded, punctuation dropped.</summary>
internal static class TextNormalizer
{
    public static IReadOnlyList<string> Words(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }

        return words;
    }

    /// <summary>The words joined by single spaces, so that "contains" compares word sequences.</summary>
    public static string Flat(string text) => string.Join(' ', Words(text));
}
