using System.Globalization;
using System.Text.RegularExpressions;

namespace CareerBot.Knowledge.Text;

/// <summary>
/// Finds the figures of a French or English text and what they are worth, so that "45 000 €" (any kind of space),
/// "45000", "45,000" and "45k€" compare equal, and "3,5 %" is 3.5. A separator followed by exactly three digits
/// groups thousands; when it is the only separator ("87.500", "300,000") the decimal reading is kept as well, since
/// the text alone cannot tell. "k", "M", "million(s)", "milliard(s)" multiply, also across a range ("45–60 k€").
/// The one number reader of the project: the grounding of answers, the evaluation's grounded numbers and its
/// digit-group matching of facts all read figures here, so that they agree on what a figure is.
/// </summary>
public static partial class NumberMentions
{
    public static IReadOnlyList<NumberMention> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var matches = Number().Matches(text);
        var mentions = new List<NumberMention>(matches.Count);
        var multipliers = new List<decimal>(matches.Count);
        foreach (Match match in matches)
        {
            var multiplier = Multiplier(match.Groups["mult"].Value);
            multipliers.Add(multiplier);
            mentions.Add(new NumberMention(match.Index, match.Value.Trim(), Readings(match, multiplier)));
        }

        // "45–60 k€": the first bound takes the multiplier of the second.
        for (var i = 0; i + 1 < mentions.Count; i++)
        {
            var between = text[(matches[i].Index + matches[i].Length)..matches[i + 1].Index];
            if (multipliers[i] == 1 && multipliers[i + 1] != 1 && RangeJoint().IsMatch(between))
            {
                mentions[i] = mentions[i] with { Values = [.. mentions[i].Values, .. Scaled(mentions[i].Values, multipliers[i + 1])] };
            }
        }

        return mentions;
    }

    /// <summary>
    /// The figures of an answer: <see cref="Find"/> without list numbering ("1. ", "2) " at the start of a line),
    /// which counts items rather than stating anything.
    /// </summary>
    public static IReadOnlyList<NumberMention> Figures(string text) =>
        Find(text).Where(m => !IsListNumber(text, m)).ToList();

    /// <summary>
    /// The text with every figure written in thousands groups as one run of digits ("45 000", "45,000", "45.000" →
    /// "45000"), the rest as written, so that a substring search compares figures by their digits.
    /// </summary>
    public static string JoinDigitGroups(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Number().Replace(text, match =>
        {
            var integer = match.Groups["int"];
            return string.Concat(Separator().Replace(integer.Value, string.Empty), match.ValueSpan[integer.Length..]);
        });
    }

    private static bool IsListNumber(string text, NumberMention mention)
    {
        var lineStart = mention.Index == 0 ? 0 : text.LastIndexOf('\n', mention.Index - 1) + 1;
        return text.AsSpan(lineStart, mention.Index - lineStart).IsWhiteSpace()
            && ListNumber().IsMatch(text[mention.Index..Math.Min(text.Length, mention.Index + 4)]);
    }

    private static List<decimal> Readings(Match match, decimal multiplier)
    {
        var integer = match.Groups["int"].Value;
        var fraction = match.Groups["frac"].Value;
        var digits = Separator().Replace(integer, string.Empty);
        var values = new List<decimal>(2);
        AddReading(values, digits, fraction);
        var separators = Separator().Matches(integer);
        if (fraction.Length == 0 && separators is [{ Value: "." or "," } only])
        {
            // "87.500": a thousands group, or 87.5 written with a decimal point or comma.
            AddReading(values, integer[..only.Index], integer[(only.Index + 1)..]);
        }

        return [.. Scaled(values, multiplier)];
    }

    /// <summary>
    /// Adds the value of the digits, unless a decimal cannot hold it (more than 28 digits, digits of another script):
    /// the texts read here are anyone's, so such a figure has no value rather than failing the reader.
    /// </summary>
    private static void AddReading(List<decimal> values, string integer, string fraction)
    {
        var written = fraction.Length == 0 ? integer : $"{integer}.{fraction.TrimStart('.', ',')}";
        if (decimal.TryParse(written, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            values.Add(value);
        }
    }

    /// <summary>The values times the multiplier, those it would carry past what a decimal holds left out.</summary>
    private static IEnumerable<decimal> Scaled(IEnumerable<decimal> values, decimal multiplier) =>
        values.Where(v => v <= decimal.MaxValue / multiplier).Select(v => v * multiplier);

    private static decimal Multiplier(string word) => word.Trim() switch
    {
        "" => 1,
        "k" or "K" => 1_000,
        "M" or "million" or "millions" => 1_000_000,
        _ => 1_000_000_000,
    };

    // A number: thousands groups (any space, or "." / "," before exactly three digits), or a plain run of digits;
    // an optional decimal part; an optional multiplier word. Never starts inside another number.
    [GeneratedRegex(@"(?<!\p{N}|\p{N}[.,])(?<int>\d{1,3}(?:(?:\p{Zs}|[.,](?=\d{3}(?!\d)))\d{3})+(?!\d)|\d+)(?<frac>[.,]\d+)?(?<mult>\p{Zs}?(?:[kK]|M|Mds?|millions?|milliards?|billions?)(?![\p{L}\p{N}]))?")]
    private static partial Regex Number();

    [GeneratedRegex(@"[\p{Zs}.,]")]
    private static partial Regex Separator();

    [GeneratedRegex(@"^\p{Zs}*(?:[-–—]|à|a|to|et|and)\p{Zs}*$")]
    private static partial Regex RangeJoint();

    [GeneratedRegex(@"^\d{1,2}[.)]\s")]
    private static partial Regex ListNumber();
}
