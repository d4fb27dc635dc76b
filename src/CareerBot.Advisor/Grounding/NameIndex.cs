using CareerBot.Knowledge.Text;

namespace CareerBot.Advisor.Grounding;

/// <summary>
/// The words of the texts an answer may name things from, for phrase lookup ignoring case, accents, elisions and
/// the joints inside a word: "Scale AI" is found in "Scale Ai", "OpenAI" in "d'OpenAI", "LearnPrompting" in
/// "LearnPrompting.org".
/// </summary>
internal sealed class NameIndex
{
    private readonly string _words;
    private readonly string _parts;

    public NameIndex(IEnumerable<string> texts)
    {
        var words = texts.SelectMany(t => NameWords.Of(t).Select(w => Folding.Fold(w.Word)).Append(string.Empty)).ToList();
        _words = Joined(words);
        _parts = Joined(words.SelectMany(PartsOrBreak));
    }

    public bool Contains(IReadOnlyList<string> foldedWords) =>
        _words.Contains(Joined(foldedWords), StringComparison.Ordinal)
        || _parts.Contains(Joined(foldedWords.SelectMany(NameWords.Parts)), StringComparison.Ordinal);

    // An empty word marks the end of a text: a phrase never spans two texts.
    private static IEnumerable<string> PartsOrBreak(string word) => word.Length == 0 ? [string.Empty] : NameWords.Parts(word);

    private static string Joined(IEnumerable<string> words) => " " + string.Join(' ', words.Select(w => w.Length == 0 ? "|" : w)) + " ";
}
