using CareerBot.Knowledge.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace CareerBot.Knowledge.Search;

/// <summary>
/// Turns a question into concepts: the analysed question runs through the synonym filter, whose marker tokens say
/// which words a synonym group covers; those words become one concept (any phrase of the group will do), and every
/// other word is a concept of its own. Repeated words count once.
/// </summary>
internal sealed class ConceptExtractor(FrenchTextAnalyzer questionAnalyzer, FrenchTextAnalyzer wordAnalyzer, SynonymDictionary synonyms)
{
    /// <summary>
    /// Longer questions are cut: a question is a sentence or two, and each concept costs a lookup, so a pasted
    /// document must not turn one message into thousands of searches (or overflow Lucene's clause limit).
    /// </summary>
    public const int MaxQuestionLength = 1000;

    public IReadOnlyList<QueryConcept> Extract(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        if (question.Length > MaxQuestionLength)
        {
            question = question[..MaxQuestionLength];
        }

        var words = new List<(string Term, int Start, int End)>();
        var matches = new List<(int Group, int FirstWord, int WordCount)>();
        using (var stream = questionAnalyzer.Analyze(question))
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            var length = stream.AddAttribute<IPositionLengthAttribute>();
            var offset = stream.AddAttribute<IOffsetAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                var text = term.ToString();
                if (SynonymDictionary.GroupOf(text) is { } group)
                {
                    // The synonym filter emits a marker right after the first word it covers.
                    matches.Add((group, words.Count - 1, length.PositionLength));
                }
                else
                {
                    words.Add((text, offset.StartOffset, offset.EndOffset));
                }
            }

            stream.End();
        }

        var concepts = new List<QueryConcept>();
        var groupsSeen = new HashSet<string>(StringComparer.Ordinal);
        var covered = new bool[words.Count];
        foreach (var span in matches.GroupBy(m => (m.FirstWord, m.WordCount)))
        {
            var last = Math.Min(span.Key.FirstWord + span.Key.WordCount, words.Count) - 1;
            for (var i = span.Key.FirstWord; i <= last; i++)
            {
                covered[i] = true;
            }

            var phrases = span.SelectMany(m => synonyms.Groups[m.Group]).DistinctBy(p => string.Join(' ', p)).ToList();
            if (groupsSeen.Add(string.Join(',', span.Select(m => m.Group).Order())))
            {
                var label = question[words[span.Key.FirstWord].Start..words[last].End];
                concepts.Add(new QueryConcept(label, phrases, IsSynonymGroup: true));
            }
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < words.Count; i++)
        {
            if (!covered[i] && seen.Add(words[i].Term))
            {
                var label = question[words[i].Start..words[i].End];
                var word = wordAnalyzer.Terms(label) is [var single] ? single : null;
                concepts.Add(new QueryConcept(label, [[words[i].Term]], IsSynonymGroup: false) { Word = word });
            }
        }

        return concepts;
    }
}
