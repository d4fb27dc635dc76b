using CareerBot.Knowledge;
using CareerBot.Knowledge.Facts;

namespace CareerBot.Advisor.Conversation.Roadmaps;

/// <summary>
/// Turns a profile into a <see cref="Roadmap"/>: the advice and fact-sheet records of every rule of
/// <see cref="RoadmapRules"/> the answers match, section by section (a record appears once, where it first fits),
/// and in the salary section every salary record of the user's level, from every source, so that the sources'
/// disagreement shows instead of one figure picked among them.
/// </summary>
public sealed class RoadmapBuilder(IKnowledgeSearch knowledge)
{
    internal const string SalarySection = "salary";

    public Roadmap Build(UserProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var facts = knowledge.Facts;
        var known = facts.Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
        var used = new HashSet<string>(StringComparer.Ordinal);
        // Experienced developers start above entry level; everyone else starts as a junior prompt engineer.
        var level = profile.Answer("coding") == "senior" ? CareerLevel.Senior : CareerLevel.Junior;
        var roadmap = new Roadmap { Level = level };
        foreach (var section in RoadmapRules.Sections)
        {
            var items = new List<RoadmapItem>();
            if (section == SalarySection)
            {
                items.AddRange(SalaryFacts(facts, level).Where(f => used.Add(f.Id)).Select(f => new RoadmapItem { FactId = f.Id }));
            }

            foreach (var rule in RoadmapRules.All.Where(r => r.Section == section && r.Matches(profile)))
            {
                var ruleFacts = rule.Facts.Where(known.Contains).Where(used.Add).Select(id => new RoadmapItem { FactId = id }).ToList();
                if (rule.Advice is { } advice)
                {
                    items.Add(new RoadmapItem { Advice = advice });
                }

                items.AddRange(ruleFacts);
            }

            if (items.Count > 0)
            {
                roadmap.Sections.Add(new RoadmapSection { Id = section, Items = items });
            }
        }

        return roadmap;
    }

    /// <summary>
    /// The salary records of <paramref name="level"/> (the sources say "confirmé", "expérimenté" or "senior" for the
    /// same level), and those for every level in France, in fact-sheet order.
    /// </summary>
    private static IEnumerable<Fact> SalaryFacts(IReadOnlyList<Fact> facts, CareerLevel level) =>
        facts.Where(f => f.Topic == FactTopic.Salary && f.Facet(FacetNames.Context) is null && (level == CareerLevel.Junior
            ? f.Level == CareerLevel.Junior
            : f.Level is { } factLevel && (factLevel.IsExperienced() || (factLevel == CareerLevel.All && f.Country == "FR"))));
}
