using CareerBot.Knowledge.Loading;

namespace CareerBot.Knowledge.Evaluation;

/// <summary>
/// Checks expected facts against an answer: each entry is found when one of its <c>a|b</c> alternatives occurs in
/// the answer, ignoring case and whitespace of every kind (so "5 850 €" with a narrow no-break space matches "5850 €").
/// </summary>
public static class FactMatcher
{
    public static bool ContainsAll(string answer, IEnumerable<string> expectedFacts)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(expectedFacts);
        var haystack = Normalize(answer);
        return expectedFacts.All(fact => fact
            .Split('|')
            .Select(Normalize)
            .Any(alternative => alternative.Length > 0 && haystack.Contains(alternative, StringComparison.Ordinal)));
    }

    private static string Normalize(string text) => TextNormalizer.RemoveWhitespace(text).ToLowerInvariant();
}
