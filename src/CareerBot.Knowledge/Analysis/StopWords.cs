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
/// runs after folding so that "a"/"à" and "ete"/"été" behave alike.
/// </summary>
internal static class StopWords
{
    private static readonly string[] Interrogatives =
    [
        "comment", "combien", "pourquoi", "quand", "où", "quoi", "dont", "lequel", "laquelle", "lesquels",
        "lesquelles", "ça", "si", "est-ce", "qu'est-ce",
        "faut", "faudrait", "peut", "peux", "peuvent", "pourrait", "pourrais", "doit", "dois", "doivent", "devrait",
        "devrais", "veux", "veut", "voudrais", "voudrait",
        "much", "many", "also", "whats", "hows", "whos", "can", "will", "may", "might", "must", "shall",
    ];

    private static readonly HashSet<string> FrenchContentWords = ["an", "but"];

    public static CharArraySet Set { get; } = Build();

    private static CharArraySet Build()
    {
        var set = new CharArraySet(LuceneVersion.LUCENE_48, 700, ignoreCase: true);
        foreach (var word in Snowball("french_stop.txt").Concat(Snowball("english_stop.txt").Where(w => !FrenchContentWords.Contains(w))).Concat(Interrogatives))
        {
            set.Add(AccentFolding.Fold(word));
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
