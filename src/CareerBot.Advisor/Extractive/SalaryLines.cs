using CareerBot.Advisor.Resources;
using CareerBot.Knowledge.Facts;

namespace CareerBot.Advisor.Extractive;

/// <summary>
/// A salary record as one compact line: level, country, amount with its currency, basis (gross/net/not stated) and
/// period, e.g. "Débutant, France : 45 000 – 60 000 € brut par an". A record for all levels says instead whose
/// figure it is, with the label of its summary ("Offre d'emploi d'Anthropic", "Postes en télétravail"): "all
/// levels" alone would read as a general salary. A record without an amount ("about half the American salary")
/// shows its summary, or its quote, since there is no figure to lay out.
/// </summary>
internal static class SalaryLines
{
    private const string UnknownBasis = "unknown";
    private const string AllLevels = "all";
    private const string LabelEnd = " : ";

    public static string Of(Fact fact, Messages messages)
    {
        if (fact.Amount is not { } amount)
        {
            return KeyPointLines.Of(fact, messages);
        }

        var amountText = AmountText.Of(fact, amount, messages);
        var period = messages.Get($"Period_{fact.Period}");
        var basis = messages.Get($"Basis_{fact.Basis}");
        var figure = fact.Basis == UnknownBasis
            ? messages.Format(nameof(AdvisorMessages.SalaryFigureUnstatedBasis), amountText, basis, period)
            : messages.Format(nameof(AdvisorMessages.SalaryFigure), amountText, basis, period);
        var country = fact.Country is null
            ? messages.Get(nameof(AdvisorMessages.CountryUnknown))
            : messages.Find($"Country_{fact.Country}") ?? fact.Country;
        return messages.Format(nameof(AdvisorMessages.SalaryLine), Scope(fact) ?? messages.Get($"Level_{fact.Level}"), country, figure);
    }

    /// <summary>
    /// The summary's label (its text before " : ") for an all-levels record, when it says more than the country
    /// ("Aux États-Unis" does not) and every figure in it is quoted.
    /// </summary>
    private static string? Scope(Fact fact)
    {
        var end = fact.Summary?.IndexOf(LabelEnd, StringComparison.Ordinal) ?? -1;
        if (fact.Level != AllLevels || end <= 0)
        {
            return null;
        }

        var label = fact.Summary![..end];
        var country = fact.Country is null ? null : Messages.For("fr").Find($"Country_{fact.Country}");
        var namesOnlyCountry = country is not null && CorpusView.Terms(label).IsSubsetOf(CorpusView.Terms(country));
        return namesOnlyCountry || !KeyPointLines.FiguresAreQuoted(label, fact) ? null : label;
    }
}
