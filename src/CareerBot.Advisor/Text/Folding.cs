using System.Globalization;
using System.Text;

namespace CareerBot.Advisor.Text;

/// <summary>
/// Folds text for comparison: lower case, no accents, typographic apostrophes made plain, ligatures spelled out, so
/// that "États-Unis", "etats-unis" and "ETATS-UNIS" compare equal.
/// </summary>
internal static class Folding
{
    public static string Fold(string text)
    {
        if (IsPlainAscii(text))
        {
            // Most words of a chat are plain ASCII: no accent, ligature or typographic apostrophe to fold.
            return text.ToLowerInvariant();
        }

        // ICU's normalization throws on the noncharacters U+FFFE / U+FFFF (the validator refuses them in a message's
        // text, but card values and other fields reach the folding too); they are no letters, so they become spaces.
        var decomposed = text.Replace('\uFFFE', ' ').Replace('\uFFFF', ' ').Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            switch (c)
            {
                case '\u2019' or '\u2018' or '\u02BC' or '`' or '\u00B4':
                    builder.Append('\'');
                    break;
                case 'œ' or 'Œ':
                    builder.Append("oe");
                    break;
                case 'æ' or 'Æ':
                    builder.Append("ae");
                    break;
                default:
                    if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                    {
                        builder.Append(char.ToLowerInvariant(c));
                    }

                    break;
            }
        }

        return builder.ToString();
    }

    private static bool IsPlainAscii(string text)
    {
        foreach (var c in text)
        {
            if (c > '\u007E' || c == '`')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Every run of whitespace of any kind (NBSP, narrow NBSP, line breaks) becomes one plain space.</summary>
    public static string CollapseWhitespace(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
