using CareerBot.Knowledge.Synonyms;
using CareerBot.Knowledge.Text;

namespace CareerBot.Advisor.Composition;

/// <summary>
/// The domain synonyms of <c>synonyms.txt</c> made ready to widen a question's words when its records are chosen, as
/// they widen it when it is searched: "où je l'héberge ?" then meets the record whose label says "vitrine". Built once
/// per knowledge load.
/// </summary>
internal sealed class QuestionSynonyms
{
    /// <summary>A word of at least this many letters meets a term by its first letters ("héberge", "héberger").</summary>
    private const int StemLength = 5;

    /// <summary>Each group's one-word terms' stems, its longer terms by their last word, and all its words.</summary>
    private readonly (HashSet<string> Stems, ILookup<string, string> Phrases, string[] Words)[] _groups;

    public QuestionSynonyms(IReadOnlyList<SynonymGroup> groups)
    {
        Groups = groups;
        _groups = [.. groups.Select(g =>
        {
            var terms = g.Terms.Select(t => Tokens.FoldedWords(t)).Where(t => t.Count > 0).ToList();
            return (
                terms.Where(t => t.Count == 1).Select(t => Stem(t[0])).ToHashSet(StringComparer.Ordinal),
                terms.Where(t => t.Count > 1).ToLookup(t => t[^1], t => " " + string.Join(' ', t) + " ", StringComparer.Ordinal),
                terms.SelectMany(t => t).Distinct(StringComparer.Ordinal).ToArray());
        })];
    }

    /// <summary>The groups this was built from (to tell a reload).</summary>
    public IReadOnlyList<SynonymGroup> Groups { get; }

    /// <summary>
    /// The folded words of every group that has one of <paramref name="words"/>, inflected or not, or a longer term
    /// ending with one of them that <paramref name="question"/> says ("how long").
    /// </summary>
    public IEnumerable<string> Of(IEnumerable<string> words, string question)
    {
        // The question as flat words, made only when a longer term could be in it.
        string? flat = null;
        foreach (var word in words)
        {
            var stem = Stem(word);
            foreach (var group in _groups)
            {
                var said = group.Stems.Contains(stem)
                    || group.Phrases[word].Any(p => (flat ??= " " + Tokens.Flat(question) + " ").Contains(p, StringComparison.Ordinal));
                if (said)
                {
                    foreach (var synonym in group.Words)
                    {
                        yield return synonym;
                    }
                }
            }
        }
    }

    /// <summary>A word's first letters, enough to meet its inflections; a short word stands as it is.</summary>
    private static string Stem(string word) => word.Length >= StemLength ? word[..StemLength] : word;
}
