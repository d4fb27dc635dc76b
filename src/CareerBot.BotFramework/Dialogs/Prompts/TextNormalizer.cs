using System.Collections.Concurrent;
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
    /// <summary>Short texts with accents are remembered: they are mostly the choices of prompts, normalized every turn.</summary>
    private const int MaxRememberedLength = 80;

    private const int MaxRemembered = 4096;

    private static readonly ConcurrentDictionary<string, string> Remembered = new(StringComparer.Ordinal);

    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        if (Ascii.IsValid(text))
        {
            // Nothing to decompose or recompose: Unicode normalization is the costly part and leaves ASCII as it is.
            return Fold(text);
        }

        if (text.Length > MaxRememberedLength)
        {
            return Decomposed(text);
        }

        if (Remembered.TryGetValue(text, out var known))
        {
            return known;
        }

        var normalized = Decomposed(text);
        if (Remembered.Count < MaxRemembered)
        {
            Remembered.TryAdd(text, normalized);
        }

        return normalized;
    }

    // ICU's normalization throws on the noncharacter U+FFFE; it is no letter, so it is a separator like any other.
    private static string Decomposed(string text) =>
        Fold(text.Replace('\uFFFE', ' ').Normalize(NormalizationForm.FormD)).Normalize(NormalizationForm.FormC);

    /// <summary>Lower case, without combining marks, apostrophes made straight, other punctuation as single spaces.</summary>
    private static string Fold(string decomposed)
    {
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

        return builder.ToString();
    }

    /// <summary>True when <paramref name="text"/> is <paramref name="phrase"/> or starts with it as whole words (« oui merci »).</summary>
    public static bool StartsWithPhrase(string text, string phrase) =>
        text.Length > 0 && phrase.Length > 0 && text.StartsWith(phrase, StringComparison.Ordinal) && (text.Length == phrase.Length || text[phrase.Length] == ' ');
}
