using CareerBot.Knowledge.Text;

namespace CareerBot.Advisor.Text;

/// <summary>
/// One word of a cue: matched on the folded word, as a prefix when written with a trailing <c>*</c>, and exactly
/// as written when it has a capital letter ("US" the country, never "us" the pronoun).
/// </summary>
internal readonly record struct CueWord(string Text, bool Prefix, bool CaseSensitive)
{
    public static CueWord Parse(string word)
    {
        var prefix = word.EndsWith('*');
        var text = prefix ? word[..^1] : word;
        var caseSensitive = text.Any(char.IsUpper);
        return new CueWord(caseSensitive ? text : Folding.Fold(text), prefix, caseSensitive);
    }

    public bool Matches(Token token)
    {
        if (CaseSensitive)
        {
            return string.Equals(token.Original, Text, StringComparison.Ordinal);
        }

        var word = token.Folded;
        return Prefix ? word.StartsWith(Text, StringComparison.Ordinal) : word == Text;
    }
}
