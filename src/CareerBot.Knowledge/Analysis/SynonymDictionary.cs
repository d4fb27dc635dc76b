using System.Globalization;
using CareerBot.Knowledge.Loading;
using CareerBot.Knowledge.Synonyms;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Util;

namespace CareerBot.Knowledge.Analysis;

/// <summary>
/// The synonym groups in analysed form, and a Lucene <see cref="SynonymMap"/> that finds them in a question.
/// Every phrase of a group (multi-word included) maps to one marker token naming the group: the synonym filter
/// then does the longest-match work, and the marker's position length tells which question words the group covers,
/// which a flattened multi-word synonym expansion would lose.
/// </summary>
internal sealed class SynonymDictionary
{
    private const char MarkerPrefix = '§';

    private SynonymDictionary(IReadOnlyList<IReadOnlyList<IReadOnlyList<string>>> groups, SynonymMap? map)
    {
        Groups = groups;
        Map = map;
    }

    /// <summary>For each group, its distinct phrases as analysed term sequences.</summary>
    public IReadOnlyList<IReadOnlyList<IReadOnlyList<string>>> Groups { get; }

    /// <summary>Null when there is no usable group.</summary>
    public SynonymMap? Map { get; }

    public static SynonymDictionary Build(IReadOnlyList<SynonymGroup> groups, FrenchTextAnalyzer analyzer, ICollection<KnowledgeIssue> issues)
    {
        var analysed = new List<IReadOnlyList<IReadOnlyList<string>>>();
        var builder = new SynonymMap.Builder(dedup: true);
        var any = false;
        foreach (var group in groups)
        {
            var phrases = new List<IReadOnlyList<string>>();
            foreach (var entry in group.Terms)
            {
                var terms = analyzer.Terms(entry);
                if (terms.Count == 0)
                {
                    issues.Add(new KnowledgeIssue(IssueSeverity.Warning, KnowledgeFolderLayout.SynonymsFile, group.Line,
                        $"'{entry}' has no searchable word (only stop words or symbols); ignored."));
                }
                else if (!phrases.Any(p => p.SequenceEqual(terms)))
                {
                    phrases.Add(terms);
                }
            }

            if (phrases.Count < 2)
            {
                continue;
            }

            var marker = new CharsRef(MarkerPrefix + analysed.Count.ToString(CultureInfo.InvariantCulture));
            foreach (var phrase in phrases)
            {
                builder.Add(SynonymMap.Builder.Join([.. phrase], new CharsRef()), marker, includeOrig: true);
                any = true;
            }

            analysed.Add(phrases);
        }

        return new SynonymDictionary(analysed, any ? builder.Build() : null);
    }

    /// <summary>The group a marker token names, or null for an ordinary term.</summary>
    public static int? GroupOf(string token) =>
        token.Length > 1 && token[0] == MarkerPrefix && int.TryParse(token.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var group)
            ? group
            : null;
}
