using CareerBot.Knowledge.Text;
using Lucene.Net.Analysis.Snowball;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace CareerBot.Knowledge.Analysis;

/// <summary>
/// The stop words of the French analyzer: Snowball's French and English lists (users ask in both languages and
/// an English function word is noise in a French corpus), plus interrogatives and fillers that the Snowball lists
/// leave out but that every question carries ("combien", "comment", "how much"…) and the modal verbs that frame
/// a question without being its subject ("faut-il", "peut-on", "can I"). English words that are French
/// content words are kept ("an" as in "par an", "but" as in "le but"). All are accent-folded, because the filter
/// runs after folding so that "a"/"à" and "ete"/"été" behave alike. The set is case-sensitive, in lower case and
/// capitalised forms only, and runs before lower-casing: an acronym in capitals is never a stop word, so the
/// English "AI" survives although the French "ai" (j'ai) does not.
/// </summary>
internal static class StopWords
{
    /// <summary>Function words missing from the Snowball lists: interrogatives, prepositions, adverbs, auxiliaries, modals.</summary>
    private static readonly string[] FunctionWords =
    [
        // French interrogatives and pronouns
        "comment", "combien", "pourquoi", "quand", "où", "quoi", "dont", "lequel", "laquelle", "lesquels",
        "lesquelles", "ça", "ceux", "celle", "celles", "celui", "est-ce", "qu'est-ce",
        // French prepositions, conjunctions and adverbs
        "si", "ni", "car", "donc", "or", "comme", "chez", "entre", "vers", "sous", "dès", "depuis", "pendant",
        "avant", "après", "aussi", "ainsi", "alors", "très", "trop", "bien", "tout", "tous", "toute", "toutes",
        "plus", "moins", "encore", "déjà", "vraiment", "etc",
        // French auxiliaries and modals: they frame a question without being its subject ("faut-il", "peut-on")
        "être", "avoir", "faut", "faudrait", "peut", "peux", "peuvent", "pourrait", "pourrais", "doit", "dois",
        "doivent", "devrait", "devrais", "veux", "veut", "voudrais", "voudrait",
        // English
        "much", "many", "also", "whats", "hows", "whos", "can", "will", "may", "might", "must", "shall", "get",
    ];

    private static readonly HashSet<string> FrenchContentWords = ["an", "but"];

    public static CharArraySet Set { get; } = Build();

    private static CharArraySet Build()
    {
        var set = new CharArraySet(LuceneVersion.LUCENE_48, 1400, ignoreCase: false);
        foreach (var word in Snowball("french_stop.txt").Concat(Snowball("english_stop.txt").Where(w => !FrenchContentWords.Contains(w))).Concat(FunctionWords))
        {
            var folded = Folding.Fold(word);
            set.Add(folded);
            set.Add(char.ToUpperInvariant(folded[0]) + folded[1..]);
        }

        return set.AsReadOnly();
    }

    private static List<string> Snowball(string name)
    {
        var assembly = typeof(SnowballFilter).Assembly;
        using var stream = assembly.GetManifestResourceStream($"Lucene.Net.Analysis.Common.Analysis.Snowball.{name}")
            ?? throw new InvalidOperationException($"Lucene.Net.Analysis.Common no longer embeds the Snowball list {name}.");
        using var reader = new StreamReader(stream);
        var words = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            // Snowball format: '|' starts a comment, several words may share a line.
            words.AddRange(line.Split('|')[0].Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        }

        return words;
    }
}
