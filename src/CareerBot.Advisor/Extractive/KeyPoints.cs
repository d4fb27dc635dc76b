using CareerBot.Knowledge.Facts;

namespace CareerBot.Advisor.Extractive;

/// <summary>
/// Picks the non-salary fact records to list (training, employers, skills…): the ones whose quote, summary and
/// section heading share most with the question, at most four, taken from each source in turn, so that sources
/// which disagree ("Bac+5" here, "no reference degree" there) are seen side by side. A record whose quote
/// the answer already quotes as a sentence is left out.
/// </summary>
internal static class KeyPoints
{
    private const int Max = 4;

    public static IReadOnlyList<Fact> Select(IEnumerable<Fact> facts, IReadOnlyList<Concept> concepts, CorpusView corpus, Func<string, bool> alreadyShown)
    {
        // Round robin over the sources, best first: each source's best record, then each one's second best.
        var bySource = facts
            .Where(f => !alreadyShown(f.Quote))
            .Select((fact, order) => (Fact: fact, Order: order, Score: Score(fact, concepts, corpus)))
            .GroupBy(f => f.Fact.Source)
            .Select(g => g.OrderByDescending(f => f.Score).ThenBy(f => f.Order).ToList())
            .OrderByDescending(g => g[0].Score)
            .ThenBy(g => g[0].Order)
            .ToList();
        return Enumerable.Range(0, bySource.Count == 0 ? 0 : bySource.Max(g => g.Count))
            .SelectMany(round => bySource.Where(g => round < g.Count).Select(g => g[round].Fact))
            .Take(Max)
            .ToList();
    }

    private static double Score(Fact fact, IReadOnlyList<Concept> concepts, CorpusView corpus)
    {
        var heading = corpus.PassageQuoting(fact.Quote) is { } passage ? $"{passage.Section} {passage.Heading}" : string.Empty;
        var terms = CorpusView.Terms($"{fact.Quote} {fact.Summary} {heading}");
        return concepts.Where(c => c.FoundIn(terms)).Sum(c => c.Weight);
    }
}
