using CareerBot.Knowledge.Text;

namespace CareerBot.Advisor.Text;

/// <summary>
/// One word of a cue: matched on the folded word, as a prefix when written with a trailing <c>*</c>, and exactly
/// as written when it has a capital letter ("US" the country, never "us" the pronoun).
/// </summary>
internal readonly record struct CueWord(string Text, bool Prefix, bool CaseSensitive)
{
    /// <summary>Shorter words get no typo tolerance: one edit turns too many short words into others.</summary>
    private const int TypoMinLength = 6;

    public static CueWord Parse(string word)
    {
        var prefix = word.EndsWith('*');
        var text = prefix ? word[..^1] : word;
        var caseSensitive = text.Any(char.IsUpper);
        return new CueWord(caseSensitive ? text : Folding.Fold(text), prefix, caseSensitive);
    }

    public bool Matches(Token token, bool typos)
    {
        if (CaseSensitive)
        {
            return string.Equals(token.Original, Text, StringComparison.Ordinal);
        }

        var word = token.Folded;
        if (Prefix ? word.StartsWith(Text, StringComparison.Ordinal) : word == Text)
        {
            return true;
        }

        if (!typos || Text.Length < TypoMinLength || word.Length < TypoMinLength - 1)
        {
            return false;
        }

        if (!Prefix)
        {
            return EditDistance.AtMostOne(word, Text);
        }

        // A prefix with one typo: compare it with the word's beginning, one letter shorter, as long, or one longer.
        for (var length = Text.Length - 1; length <= Math.Min(Text.Length + 1, word.Length); length++)
        {
            if (EditDistance.AtMostOne(word.AsSpan(0, length), Text))
            {
                return true;
            }
        }

        return false;
    }
}
