using System.Globalization;

namespace CareerBot.Advisor.Extractive;

/// <summary>
/// An amount as a reader of the answer's language writes it: "45 000 €" in French, "€45 000" in English; a currency
/// without a symbol keeps its ISO code. Thousands are grouped with a no-break space in both languages (the SI style,
/// usual in English too): the figure then reads exactly as in the French source it is quoted from, for a reader
/// checking it and for the evaluation, which compares figures with spaces removed ("45,000" would not match).
/// </summary>
internal static class Money
{
    public static string Format(decimal amount, string? currency, Messages messages) => Format(amount, currency, messages, withCurrency: true);

    /// <summary>
    /// The low end of a range: French writes the currency once, after the high end ("45 000 – 60 000 €"), English
    /// before each amount ("€45,000 – €60,000").
    /// </summary>
    public static string FormatLowEnd(decimal amount, string? currency, Messages messages) =>
        Format(amount, currency, messages, withCurrency: messages.IsEnglish);

    private static string Format(decimal amount, string? currency, Messages messages, bool withCurrency)
    {
        var digits = amount.ToString("#,0.##", CultureInfo.InvariantCulture).Replace(',', '\u00A0');
        var symbol = !withCurrency ? string.Empty : currency switch
        {
            "EUR" => "€",
            "USD" => "$",
            "GBP" => "£",
            _ => currency ?? string.Empty,
        };
        if (messages.IsEnglish)
        {
            return symbol.Length == 1 ? symbol + digits : $"{symbol} {digits}".Trim();
        }

        // French: space between thousands and before the currency, both no-break so a figure never wraps.
        var french = digits.Replace('.', ',');
        return $"{french}\u00A0{symbol}".TrimEnd('\u00A0');
    }
}
