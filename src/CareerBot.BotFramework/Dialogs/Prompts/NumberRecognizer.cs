using System.Globalization;
using System.Text.RegularExpressions;

namespace CareerBot.BotFramework.Dialogs.Prompts;

/// <summary>
/// Finds the first number in an answer, in digits with the language's separators (French « 2,5 » and
/// « 1 200 », English « 2.5 » and « 1,200 »; a dot is a decimal point in French too, as people type it) or in
/// words from 0 to 100 (« vingt-trois », « soixante et onze », « quatre-vingt-dix-neuf », « twenty three »),
/// from the embedded <c>number-words.json</c>.
/// </summary>
internal static partial class NumberRecognizer
{
    public static decimal? Recognize(string? text, string language)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return FromDigits(text, language) ?? FromWords(TextNormalizer.Normalize(text), language);
    }

    private static decimal? FromDigits(string text, string language)
    {
        var match = (language == PromptLanguage.French ? FrenchDigits() : EnglishDigits()).Match(text);
        if (!match.Success)
        {
            return null;
        }

        var digits = language == PromptLanguage.French
            ? Regex.Replace(match.Value, @"[\s\u00A0\u202F]", string.Empty).Replace(',', '.')
            : match.Value.Replace(",", string.Empty, StringComparison.Ordinal);
        return decimal.TryParse(digits, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    private static decimal? FromWords(string normalized, string language)
    {
        var lexicon = PromptResources.Numbers(language);
        int? total = null;
        var previous = -1;
        foreach (var token in normalized.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (lexicon.Words.TryGetValue(token, out var value))
            {
                total = Combine(total ?? 0, previous, value);
                previous = value;
            }
            else if (total is not null && !lexicon.Connectors.Contains(token))
            {
                // The number is the first run of number words; what follows (« ans », « years ») is not part of it.
                break;
            }
        }

        return total;
    }

    /// <summary>« quatre vingts » multiplies (80), « cent » after a unit multiplies (« deux cents »), the rest adds.</summary>
    private static int Combine(int total, int previous, int value) => value switch
    {
        20 when previous == 4 => total - 4 + 80,
        100 when previous is > 0 and < 10 => total - previous + (previous * 100),
        _ => total + value,
    };

    [GeneratedRegex(@"[-+]?\d{1,3}(?:[ \u00A0\u202F]\d{3})+(?:[,.]\d+)?(?!\d)|[-+]?\d+(?:[,.]\d+)?")]
    private static partial Regex FrenchDigits();

    [GeneratedRegex(@"[-+]?\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|[-+]?\d+(?:\.\d+)?")]
    private static partial Regex EnglishDigits();
}
