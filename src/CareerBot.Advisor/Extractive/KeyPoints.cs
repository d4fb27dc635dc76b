using CareerBot.Knowledge.Facts;

namespace CareerBot.Advisor.Extractive;

/// <summary>
/// Picks the non-salary fact records to list (training, employers, skills…): the ones whose quote, summary and
/// section heading share most with the question, at most four, at most two per source while others remain, so that
/// sources which disagree ("Bac+5" here, "no reference degree" there) are seen side by side. A record whose quote
/// the answer already quotes as a sentence is left out.
/// </summary>
internal static class KeyPoints
{
    private const int Max = 4;
    private const int MaxPerSource = 2;

    public static IReadOnlyList<Fact> Select(IEnumerable<Fact> facts, IReadOnlyList<Concept> concepts, CorpusView corpus, Func<string, bool> alreadyShown)
    {
        var ranked = facts
            .Where(f => !alreadyShown(f.Quote))
            .Select((fact, order) => (Fact: fact, Order: order, Score: Score(fact, concepts, corpus)))
            .OrderByDescending(f => f.Score)
            .ThenBy(f => f.Order)
            .Select(f => f.Fact)
            .ToList();

        var chosen = new List<Fact>();
        foreach (var fact in ranked.Where(fact => chosen.Count < Max && chosen.Count(c => c.Source == fact.Source) < MaxPerSource))
        {
            chosen.Add(fact);
        }

        chosen.AddRange(ranked.Except(chosen).Take(Max - chosen.Count));
        return chosen;
    }

    private static double Score(Fact fact, IReadOnlyList<Concept> concepts, CorpusView corpus)
    {
        var heading = corpus.PassageQuoting(fact.Quote) is { } passage ? $"{passage.Section} {passage.Heading}" : string.Empty;
        var terms = CorpusView.Terms($"{fact.Quote} {fact.Summary} {heading}");
        return concepts.Where(c => c.FoundIn(terms)).Sum(c => c.Weight);
    }
}
