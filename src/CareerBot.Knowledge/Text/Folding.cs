using System.Buffers;
using System.Globalization;
using System.Text;
using Lucene.Net.Analysis.Miscellaneous;

namespace CareerBot.Knowledge.Text;

/// <summary>
/// Folds text for comparison: lower case, no accents, typographic apostrophes made plain, ligatures spelled out, so
/// that "États-Unis", "etats-unis" and "ETATS-UNIS" compare equal. One folding serves the advisor's word matching,
/// the evaluation's fact matching and the word lists the index's analyzer compares with: it strips the combining
/// marks of every script and then applies the analyzer's own ASCII folding (œ, æ, ß, ø, ł…), so that a word folded
/// here is the analyzer's folded, lower-cased token for Latin text.
/// </summary>
public static class Folding
{
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (IsPlainAscii(text))
        {
            // Most words of a chat are plain ASCII: no accent, ligature or typographic apostrophe to fold.
            return text.ToLowerInvariant();
        }

        // ICU's normalization throws on the noncharacters U+FFFE / U+FFFF (the validator refuses them in a message's
        // text, but card values and other fields reach the folding too); they are no letters, so they become spaces.
        var decomposed = text.Replace('\uFFFE', ' ').Replace('\uFFFF', ' ').Normalize(NormalizationForm.FormD);
        var marksless = new char[decomposed.Length];
        var length = 0;
        foreach (var c in decomposed)
        {
            if (c is '\u2019' or '\u2018' or '\u02BC' or '`' or '\u00B4')
            {
                // The analyzer's apostrophe map: "l’œuvre" and "l'oeuvre" are one text.
                marksless[length++] = '\'';
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                marksless[length++] = c;
            }
        }

        // The ASCII folding writes up to four characters for one ("ǆ" → "dz", "⑴" → "(1)").
        var folded = new char[length * 4];
        var foldedLength = ASCIIFoldingFilter.FoldToASCII(marksless, 0, folded, 0, length);
        for (var i = 0; i < foldedLength; i++)
        {
            folded[i] = char.ToLowerInvariant(folded[i]);
        }

        return new string(folded, 0, foldedLength);
    }

    /// <summary>
    /// Every run of whitespace of any kind (NBSP, narrow NBSP, line breaks) becomes one plain space; none is left at
    /// either end. A text already so (most quotes) is returned as is: citing an answer collapses every passage and
    /// quote it may cite, on every turn.
    /// </summary>
    public static string CollapseWhitespace(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (IsCollapsed(text))
        {
            return text;
        }

        var collapsed = ArrayPool<char>.Shared.Rent(text.Length);
        try
        {
            var length = 0;
            var pendingSpace = false;
            foreach (var c in text)
            {
                if (char.IsWhiteSpace(c))
                {
                    pendingSpace = length > 0;
                    continue;
                }

                if (pendingSpace)
                {
                    collapsed[length++] = ' ';
                    pendingSpace = false;
                }

                collapsed[length++] = c;
            }

            return new string(collapsed, 0, length);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(collapsed);
        }
    }

    private static bool IsCollapsed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i])
                && (text[i] != ' ' || i == 0 || i == text.Length - 1 || char.IsWhiteSpace(text[i + 1])))
            {
                return false;
            }
        }

        return true;
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
}
