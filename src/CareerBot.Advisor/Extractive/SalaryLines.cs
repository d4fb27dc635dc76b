using CareerBot.Advisor.Resources;
using CareerBot.Knowledge.Facts;

namespace CareerBot.Advisor.Extractive;

/// <summary>
/// A salary record as one compact line: level, country, amount with its currency, basis (gross/net/not stated) and
/// period, e.g. "Débutant, France : 45 000 – 60 000 € brut par an". A record without an amount ("about half the
/// American salary") shows its summary, or its quote, since there is no figure to lay out.
/// </summary>
internal static class SalaryLines
{
    private const string UnknownBasis = "unknown";

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
        return messages.Format(nameof(AdvisorMessages.SalaryLine), messages.Get($"Level_{fact.Level}"), country, figure);
    }
}
