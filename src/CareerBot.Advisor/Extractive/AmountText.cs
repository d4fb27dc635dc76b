using CareerBot.Advisor.Grounding;
using CareerBot.Advisor.Resources;
using CareerBot.Advisor.Text;
using CareerBot.Knowledge.Facts;

namespace CareerBot.Advisor.Extractive;

/// <summary>
/// The amount of a salary record as words: a range ("45 000 – 60 000 €"), or one amount with the qualifier its
/// quote gives it ("plus de 80 000 €" for "dépassant les 80 000 €", "jusqu'à 335 000 $", "environ 3 100 €"), read
/// from the clause around the figure with the word lists of <c>Resources/AmountQualifiers.txt</c>.
/// </summary>
internal static class AmountText
{
    private static readonly CueLists Qualifiers = CueLists.Load("AmountQualifiers.txt");
    private static readonly (string List, string Message)[] Kinds =
    [
        ("more", nameof(AdvisorMessages.AmountMore)),
        ("upto", nameof(AdvisorMessages.AmountUpTo)),
        ("about", nameof(AdvisorMessages.AmountAbout)),
    ];

    private static readonly char[] ClauseEnds = [',', ';', ':', '.', '(', ')'];

    public static string Of(Fact fact, decimal amount, Messages messages)
    {
        if (fact.AmountMax is { } max)
        {
            return messages.Format(nameof(AdvisorMessages.AmountRange), Money.FormatLowEnd(amount, fact.Currency, messages), Money.Format(max, fact.Currency, messages));
        }

        var money = Money.Format(amount, fact.Currency, messages);
        return Qualifier(fact.Quote, amount) is { } qualifier ? messages.Format(qualifier, money) : money;
    }

    /// <summary>The message of the qualifier in the clause before the figure, else in the clause after it.</summary>
    private static string? Qualifier(string quote, decimal amount)
    {
        var mention = NumberMentions.Find(quote).FirstOrDefault(m => m.Values.Contains(amount));
        if (mention is null)
        {
            return null;
        }

        var before = quote[(quote.LastIndexOfAny(ClauseEnds, Math.Max(0, mention.Index - 1)) + 1)..mention.Index];
        var end = mention.Index + mention.Text.Length;
        var next = quote.IndexOfAny(ClauseEnds, end);
        var after = quote[end..(next < 0 ? quote.Length : next)];
        return Find(before) ?? Find(after);
    }

    private static string? Find(string clause)
    {
        var words = Tokens.Of(clause);
        return Kinds.Where(k => Qualifiers.Matches(k.List, words)).Select(k => k.Message).FirstOrDefault();
    }
}
