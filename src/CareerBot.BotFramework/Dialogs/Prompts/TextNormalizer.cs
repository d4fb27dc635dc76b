using System.Globalization;
using System.Text;

namespace CareerBot.BotFramework.Dialogs.Prompts;

/// <summary>
/// Brings a user's answer and the expected words to one form before comparing them: lower case, no accents
/// (people often type « deja » for « déjà »), one straight apostrophe, punctuation and runs of spaces as single
/// spaces. Hyphens are kept: « vingt-trois » is split by the number recogniser, not here.
/// </summary>
internal static class TextNormalizer
{
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        // ICU's normalization throws on the noncharacter U+FFFE; it is no letter, so it is a separator like any other.
        var decomposed = text.Replace('\uFFFE', ' ').Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var mapped = c is '\u2019' or '\u2018' or '`' ? '\'' : char.ToLowerInvariant(c);
            if (char.IsLetterOrDigit(mapped) || mapped is '\'' or '-')
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                pendingSpace = false;
                builder.Append(mapped);
            }
            else
            {
                pendingSpace = true;
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>True when <paramref name="text"/> is <paramref name="phrase"/> or starts with it as whole words (« oui merci »).</summary>
    public static bool StartsWithPhrase(string text, string phrase) =>
        text.Length > 0 && phrase.Length > 0 && text.StartsWith(phrase, StringComparison.Ordinal) && (text.Length == phrase.Length || text[phrase.Length] == ' ');
}
