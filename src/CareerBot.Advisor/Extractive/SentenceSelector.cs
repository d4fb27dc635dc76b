using CareerBot.Knowledge.Chunking;
using CareerBot.Knowledge.Search;

namespace CareerBot.Advisor.Extractive;

/// <summary>
/// Picks the sentences of the retrieved passages that best answer the question: each scores the weights of the
/// question's concepts it contains (a concept only its section heading has counts for a little, fully for a list
/// item, which completes the heading: "Les entreprises qui recrutent" / "Ubisoft, SQUAD ou Gameloft"; a reader
/// comment counts three quarters). The best one is always taken; then, within a length budget, up to four in all, at most
/// two per passage, those that score at least half the best: a sentence that shares one common word with the
/// question is no answer to it. When no sentence contains anything
/// of the question, the first sentence of the best passage stands in: retrieval found the passage relevant.
/// Sentences the answer already shows in another form (a fact's quote) are skipped. They come back grouped by
/// source, in ranking order.
/// </summary>
internal static class SentenceSelector
{
    private const int MaxSentences = 4;
    private const int MaxPerPassage = 2;
    private const int LongSentence = 350;
    private const double HeadingShare = 0.3;
    private const double CommentShare = 0.75;
    private const double KeepShare = 0.5;

    /// <param name="quotedWithIntro">Passages never quoted on their own: the lists that a passage announces, which are
    /// shown after the sentence that announces them or not at all.</param>
    public static IReadOnlyList<Sentence> Select(IReadOnlyList<SearchHit> hits, IReadOnlyList<Concept> concepts, int budget, Func<string, bool> alreadyShown, IReadOnlySet<string> quotedWithIntro)
    {
        var candidates = hits
            .SelectMany((hit, index) =>
            {
                if (quotedWithIntro.Contains(hit.Passage.Id))
                {
                    return [];
                }

                var heading = CorpusView.Terms($"{hit.Passage.Section} {hit.Passage.Heading}");
                var (sentences, list) = PassageSentences.Of(hit.Passage);
                return sentences.Select((text, position) =>
                {
                    var sentence = new Sentence(hit, index + 1, position, text, list, CorpusView.Terms(text));
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
            var wanted = score >= KeepShare * candidates[0].Score;
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
        var headingShare = sentence.ListItem ? 1 : HeadingShare;
        var score = concepts.Sum(c => c.FoundIn(sentence.Terms) ? c.Weight : c.FoundIn(heading) ? headingShare * c.Weight : 0);
        return sentence.Hit.Passage.Kind == PassageKind.Comment ? CommentShare * score : score;
    }
}
