using CareerBot.Advisor.Text;
using CareerBot.Knowledge.Facts;
using CareerBot.Knowledge.Search;

namespace CareerBot.Advisor.Grounding;

/// <summary>
/// Picks the fact records for a question (see <see cref="IFactSelector"/>). The subject comes from the question's
/// words (<see cref="QuestionCues"/>: "combien on gagne", "how much … earn", "quelle formation", "qui recrute"…), or,
/// when it names none, from the heading of the best passage (the section a typo-ridden question landed in). Every
/// record of the subjects is kept, except that salary records are narrowed to the level and country the question
/// names, source by source: a source with no record of that level or country keeps its all-levels or
/// country-unstated records, or else all of them, so that every source with a salary is always shown beside the others.
/// Nothing is selected without passages: a question the knowledge base cannot answer gets no facts either.
/// </summary>
public sealed class FactSelector : IFactSelector
{
    private const string Salary = "salary";
    private const string AllLevels = "all";

    public IReadOnlyList<Fact> Select(string question, IReadOnlyList<SearchHit> passages, IReadOnlyList<Fact> facts)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(passages);
        ArgumentNullException.ThrowIfNull(facts);
        if (passages.Count == 0)
        {
            return [];
        }

        var words = Tokens.Of(question);
        var subjects = QuestionCues.SubjectsOf(words);
        if (subjects.Count == 0 && QuestionCues.ImpliesSalary(words))
        {
            subjects.Add(Salary);
        }

        if (subjects.Count == 0)
        {
            var best = passages.MinBy(h => h.Rank)!.Passage;
            subjects = QuestionCues.SubjectsOf(Tokens.Of($"{best.Section} {best.Heading}"));
        }

        var levels = QuestionCues.LevelsOf(words);
        var countries = QuestionCues.CountriesOf(words);
        var sourceOrder = passages.OrderBy(h => h.Rank).Select(h => h.Passage.SourceId).Distinct().ToList();
        return facts
            .Select((fact, index) => new Indexed(fact, index))
            .Where(f => subjects.Contains(f.Fact.Kind))
            .GroupBy(f => f.Fact.Source)
            .SelectMany(g => g.Where(f => f.Fact.Kind != Salary).Concat(Narrow(g.Where(f => f.Fact.Kind == Salary).ToList(), levels, countries)))
            .OrderBy(f => sourceOrder.IndexOf(f.Fact.Source) is var i and >= 0 ? i : int.MaxValue)
            .ThenBy(f => f.Index)
            .Select(f => f.Fact)
            .ToList();
    }

    private static List<Indexed> Narrow(List<Indexed> salaries, HashSet<string> levels, HashSet<string> countries)
    {
        var narrowed = salaries;
        if (levels.Count > 0)
        {
            narrowed = FirstNonEmpty(narrowed, f => f.Level is { } level && levels.Contains(level), f => f.Level == AllLevels);
        }

        if (countries.Count > 0)
        {
            narrowed = FirstNonEmpty(narrowed, f => f.Country is { } country && countries.Contains(country), f => f.Country is null);
        }

        return narrowed;
    }

    /// <summary>The records the first filter that keeps any keeps; all of them when none does.</summary>
    private static List<Indexed> FirstNonEmpty(List<Indexed> wider, params Func<Fact, bool>[] filters)
    {
        foreach (var filter in filters)
        {
            var kept = wider.Where(f => filter(f.Fact)).ToList();
            if (kept.Count > 0)
            {
                return kept;
            }
        }

        return wider;
    }

    /// <summary>A record and its place in the fact sheet, which orders the records of one source.</summary>
    private readonly record struct Indexed(Fact Fact, int Index);
}
