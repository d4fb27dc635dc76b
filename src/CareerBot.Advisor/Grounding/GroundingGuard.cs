using System.Globalization;
using CareerBot.Knowledge.Facts;
using CareerBot.Knowledge.Text;

namespace CareerBot.Advisor.Grounding;

/// <summary>
/// The grounding check of an answer text (see <see cref="IGroundingGuard"/>):
/// <list type="bullet">
/// <item>every citation [n] is a number of the <see cref="CitationMap"/> (passages, then fact quotes no passage contains);</item>
/// <item>every figure (amount, percentage, year, count; list numbering aside) is in the texts the answer cites, or
/// is an amount or quoted figure of a fact of the context; an answer that cites nothing may use any of its texts;</item>
/// <item>every name (capitalised words, acronyms) is in a passage of the context (title and heading included) or
/// in a fact's quote or summary, unless <see cref="NotNames"/> lists all its words.</item>
/// </list>
/// Figures compare by value ("45 000" with any space = "45000" = "45k"), names ignoring case and accents.
/// </summary>
public sealed class GroundingGuard : IGroundingGuard
{
    public GroundingReport Check(string answerText, GroundingContext context)
    {
        ArgumentNullException.ThrowIfNull(answerText);
        ArgumentNullException.ThrowIfNull(context);
        var map = CitationMap.For(context);
        var violations = new List<GroundingViolation>();
        var cited = new SortedSet<int>();
        foreach (var citation in CitationMentions.Find(answerText))
        {
            foreach (var number in citation.Numbers)
            {
                if (number >= 1 && number <= map.Count)
                {
                    cited.Add(number);
                }
                else
                {
                    violations.Add(new GroundingViolation(GroundingViolationKind.Citation, citation.Text,
                        map.Count == 0 ? "nothing can be cited: the context is empty" : $"citations run from 1 to {map.Count}"));
                }
            }
        }

        var prose = CitationMentions.Blank(answerText);
        CheckFigures(prose, context.Facts, map, cited, violations);
        CheckNames(prose, context, violations);
        return new GroundingReport(violations.DistinctBy(v => (v.Kind, v.Text)).ToList());
    }

    private static void CheckFigures(string prose, IReadOnlyList<Fact> facts, CitationMap map, SortedSet<int> cited, List<GroundingViolation> violations)
    {
        var scope = cited.Count > 0 ? cited : Enumerable.Range(1, map.Count);
        var allowed = scope.Select(map.TextOf)
            .Concat(facts.Select(f => f.Quote))
            .SelectMany(NumberMentions.Find)
            .SelectMany(m => m.Values)
            .Concat(facts.SelectMany(f => new[] { f.Amount, f.AmountMax }).OfType<decimal>())
            .ToHashSet();
        var where = cited.Count > 0
            ? $"the cited sources ({string.Join(", ", cited.Select(n => n.ToString(CultureInfo.InvariantCulture)))})"
            : "the given passages";
        foreach (var figure in NumberMentions.Figures(prose).Where(f => !f.Values.Any(allowed.Contains)))
        {
            violations.Add(new GroundingViolation(GroundingViolationKind.Number, figure.Text, $"not in {where} nor in a fact of the context"));
        }
    }

    private static void CheckNames(string prose, GroundingContext context, List<GroundingViolation> violations)
    {
        var index = new NameIndex(context.Passages
            .SelectMany(h => new[] { h.Passage.SourceTitle, h.Passage.Heading ?? string.Empty, h.Passage.Text })
            .Concat(context.Facts.SelectMany(f => new[] { f.Quote, f.Label.Fr, f.Label.En })));
        foreach (var name in NameMentions.Find(prose))
        {
            var known = index.Contains(name.Words)
                || NotNames.Covers(name.Words)
                || (name.OpensSentence && name.Words.Count > 1 && (index.Contains(name.Words.Skip(1).ToList()) || NotNames.Covers(name.Words.Skip(1).ToList())));
            if (!known)
            {
                violations.Add(new GroundingViolation(GroundingViolationKind.Name, name.Text, "named in no given passage nor fact"));
            }
        }
    }
}
