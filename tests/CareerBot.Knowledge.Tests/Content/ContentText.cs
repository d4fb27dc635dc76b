using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace CareerBot.Knowledge.Tests.Content;

/// <summary>The only normalizations the content checks allow when comparing texts.</summary>
internal static partial class ContentText
{
    /// <summary>Strict UTF-8: a file that is not valid UTF-8 fails to load instead of being read with U+FFFD.</summary>
    public static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Whitespace runs of every kind (line breaks, U+00A0, U+202F, U+2009…) become one space; ends are trimmed.</summary>
    public static string Normalize(string text) => Spaces().Replace(text, " ").Trim();

    /// <summary>Removes every space so that 5850 matches "5 850" or "5 850".</summary>
    public static string WithoutSpaces(string text) => Spaces().Replace(text, string.Empty);

    /// <summary>
    /// Seed text as a reader saw it: the reader comments of one seed were scraped as HTML fragments, where a line
    /// break is <c>&lt;br /&gt;</c> and a no-break space <c>&amp;nbsp;</c>. Both are whitespace once decoded.
    /// </summary>
    public static string NormalizeSeed(string seed) => Normalize(WebUtility.HtmlDecode(LineBreakTag().Replace(seed, "\n")));

    /// <summary>True when <paramref name="figure"/> stands in <paramref name="text"/> as a whole number, spaces ignored.</summary>
    public static bool ContainsFigure(string text, string figure) =>
        Regex.IsMatch(WithoutSpaces(text), "(?<![0-9])" + Regex.Escape(figure) + "(?![0-9])");

    [GeneratedRegex(@"[\s\p{Z}]+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"<br\s*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex LineBreakTag();
}
