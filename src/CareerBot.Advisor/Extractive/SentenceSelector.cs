using CareerBot.Knowledge.Chunking;
using CareerBot.Knowledge.Search;

namespace CareerBot.Advisor.Extractive;

/// <summary>
/// Picks the sentences of the retrieved passages that best answer the question: each scores the weights of the
/// question's concepts it contains (a concept only its section heading has counts for a little; a reader comment
/// counts half). The best one is always taken; then, within a length budget, up to four in all, at most two per
/// passage, the third and fourth only when they score at least half the best. When no sentence contains anything
/// of the question, the first sentence of the best passage stands in: retrieval found the passage relevant.
/// Sentences the answer already shows in another form (a fact's quote) are skipped. They come back grouped by
/// source, in ranking order.
/// </summary>
internal static class SentenceSelector
{
    private const int MaxSentences = 4;
    private const int WantedSentences = 2;
    private const int MaxPerPassage = 2;
    private const int LongSentence = 350;
    private const double HeadingShare = 0.3;
    private const double CommentShare = 0.5;
    private const double KeepShare = 0.5;

    public static IReadOnlyList<Sentence> Select(IReadOnlyList<SearchHit> hits, IReadOnlyList<Concept> concepts, int budget, Func<string, bool> alreadyShown)
    {
        var candidates = hits
            .SelectMany((hit, index) =>
            {
                var heading = CorpusView.Terms($"{hit.Passage.Section} {hit.Passage.Heading}");
                return PassageSentences.Of(hit.Passage).Select((text, position) =>
                {
                    var sentence = new Sentence(hit, index + 1, position, text, CorpusView.Terms(text));
                    return (Sentence: sentence, Score: Score(sentence, heading, concepts));
                });
            })
            .Where(c => !alreadyShown(c.Sentence.Text))
            .OrderByDescending(c => c.Score)
            .ThenBy(c => c.Sentence.Number)
            .ThenBy(c => c.Sentence.Position)
            .ToList();

        var chosen = new List<Sentence>();
        var length = 0;
        foreach (var (sentence, score) in candidates)
        {
            var first = chosen.Count == 0;
            var fits = length + sentence.Text.Length <= budget && sentence.Text.Length <= LongSentence;
            var wanted = chosen.Count < WantedSentences || score >= KeepShare * candidates[0].Score;
            if (chosen.Count == MaxSentences)
            {
                break;
            }

            if ((first || (score > 0 && fits && wanted)) && chosen.Count(s => s.Hit == sentence.Hit) < MaxPerPassage)
            {
                chosen.Add(sentence);
                length += sentence.Text.Length;
            }
        }

        return chosen
            .GroupBy(s => s.Hit.Passage.SourceId)
            .OrderBy(g => g.Min(s => s.Number))
            .SelectMany(g => g.OrderBy(s => s.Number).ThenBy(s => s.Position))
            .ToList();
    }

    private static double Score(Sentence sentence, HashSet<string> heading, IReadOnlyList<Concept> concepts)
    {
        var score = concepts.Sum(c => c.FoundIn(sentence.Terms) ? c.Weight : c.FoundIn(heading) ? HeadingShare * c.Weight : 0);
        return sentence.Hit.Passage.Kind == PassageKind.Comment ? CommentShare * score : score;
    }
}
