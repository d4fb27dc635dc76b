using System.Globalization;
using CareerBot.Advisor.Grounding;
using CareerBot.Advisor.Resources;
using CareerBot.Knowledge.Facts;

namespace CareerBot.Advisor.Extractive;

/// <summary>
/// The one-line notes under the salary figures: when sources give different figures for the same level (confirmed
/// and senior count as one level, as the sources use both words for "experienced"), and when some amounts are
/// monthly and others yearly. They say so, citing the sources that disagree unless all the figures do; they never
/// average or pick.
/// </summary>
internal static class SalaryNotes
{
    public static IEnumerable<string> For(IReadOnlyList<Fact> salaries, Func<Fact, int> numberOf, Messages messages)
    {
        var figures = salaries.Where(f => f.Amount is not null).ToList();
        var disagreeing = figures
            .GroupBy(f => f.Level == "confirmed" ? "senior" : f.Level)
            .Where(level => level.Select(f => f.Source).Distinct().Count() > 1
                && level.Select(f => (f.Amount, f.AmountMax, f.Currency, f.Period)).Distinct().Count() > 1)
            .SelectMany(level => level.Select(numberOf))
            .Distinct()
            .Order()
            .ToList();
        if (disagreeing.Count == figures.Select(numberOf).Distinct().Count())
        {
            yield return messages.Get(nameof(AdvisorMessages.DisagreementNoteAll));
        }
        else if (disagreeing.Count > 0)
        {
            var citations = string.Join(", ", disagreeing.Select(n => $"[{n.ToString(CultureInfo.InvariantCulture)}]"));
            yield return messages.Format(nameof(AdvisorMessages.DisagreementNote), citations);
        }

        var periods = figures.Select(f => f.Period).ToHashSet(StringComparer.Ordinal);
        if (periods.Contains("month") && periods.Contains("year"))
        {
            yield return messages.Get(nameof(AdvisorMessages.PeriodNote));
        }
    }
}
