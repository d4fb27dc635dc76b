using CareerBot.Advisor.Grounding;
using CareerBot.Advisor.Resources;
using CareerBot.Knowledge.Facts;

namespace CareerBot.Advisor.Extractive;

/// <summary>
/// A fact record as one line: its summary (a short French label written by the knowledge editors) when every
/// figure of the summary is in the quote, else the verbatim quote, so that a paraphrase such as "30 à 50 heures" for
/// "une trentaine à une cinquantaine d'heures" never puts a figure in the answer that the source does not write.
/// </summary>
internal static class KeyPointLines
{
    public static string Of(Fact fact, Messages messages)
    {
        if (fact.Summary is { Length: > 0 } summary && FiguresAreQuoted(summary, fact))
        {
            return summary;
        }

        return messages.Get(nameof(AdvisorMessages.QuoteOpen)) + fact.Quote + messages.Get(nameof(AdvisorMessages.QuoteClose));
    }

    /// <summary>True when every figure of <paramref name="text"/> is written in the fact's quote.</summary>
    public static bool FiguresAreQuoted(string text, Fact fact)
    {
        var quoted = NumberMentions.Find(fact.Quote).SelectMany(m => m.Values).ToHashSet();
        return NumberMentions.Find(text).All(m => m.Values.Any(quoted.Contains));
    }
}
