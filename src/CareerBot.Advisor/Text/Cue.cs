using System.Text.RegularExpressions;
using CareerBot.Knowledge.Text;

namespace CareerBot.Advisor.Text;

/// <summary>
/// A cue of a word list: one phrase ("combien on gagne", "offre* d'emploi": words in order), or several phrases
/// joined by <c>+</c> that must all occur in the text, in any order ("ignor* + instruction*").
/// </summary>
internal sealed partial class Cue
{
    private readonly IReadOnlyList<IReadOnlyList<CueWord>> _phrases;

    private Cue(IReadOnlyList<IReadOnlyList<CueWord>> phrases) => _phrases = phrases;

    public static Cue Parse(string cue) =>
        new(cue.Split('+', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(phrase => (IReadOnlyList<CueWord>)Word().Matches(phrase).Select(m => CueWord.Parse(m.Value)).ToList())
            .Where(words => words.Count > 0)
            .ToList());

    /// <summary>
    /// The first word of the cue's first phrase, or null when the cue has no word (and so never matches): a text none of
    /// whose words is this one cannot match the cue.
    /// </summary>
    public CueWord? Lead => _phrases.Count > 0 ? _phrases[0][0] : null;

    /// <summary>Whether <paramref name="token"/> is one of the cue's words.</summary>
    public bool Has(Token token) => _phrases.Any(phrase => phrase.Any(word => word.Matches(token)));

    public bool Matches(IReadOnlyList<Token> tokens) =>
        _phrases.Count > 0 && _phrases.All(phrase => Occurs(phrase, tokens));

    private static bool Occurs(IReadOnlyList<CueWord> phrase, IReadOnlyList<Token> tokens)
    {
        for (var start = 0; start + phrase.Count <= tokens.Count; start++)
        {
            var all = true;
            for (var k = 0; k < phrase.Count && all; k++)
            {
                all = phrase[k].Matches(tokens[start + k]);
            }

            if (all)
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+\*?")]
    private static partial Regex Word();
}
