using System.Text.RegularExpressions;
using CareerBot.Advisor.Grounding;

namespace CareerBot.Advisor.Tests.Llm.Support;

/// <summary>
/// A simple stand-in for the real grounding guard, for the HTTP integration tests: a figure (digits, spaces inside
/// numbers ignored), a capitalised name not starting a sentence, or a citation [n] must be found in the context's
/// passages or facts. Deliberately cruder than the real one; it only has to reject what the tests invent.
/// </summary>
internal sealed partial class TestGuard : IGroundingGuard
{
    public GroundingReport Check(string answerText, GroundingContext context)
    {
        var sourceText = string.Join("\n", context.Passages.Select(p => p.Passage.Text).Concat(context.Facts.Select(f => f.Quote)));
        var sourceFigures = Figures(sourceText).ToHashSet();
        var violations = new List<GroundingViolation>();
        foreach (Match figure in Figure().Matches(Citation().Replace(answerText, " ")))
        {
            if (!sourceFigures.Contains(Digits(figure.Value)))
            {
                violations.Add(new GroundingViolation(GroundingViolationKind.Number, figure.Value.Trim(), "figure found in no passage"));
            }
        }

        foreach (Match name in Name().Matches(answerText))
        {
            if (!sourceText.Contains(name.Groups[1].Value, StringComparison.Ordinal))
            {
                violations.Add(new GroundingViolation(GroundingViolationKind.Name, name.Groups[1].Value, "name found in no passage"));
            }
        }

        foreach (Match citation in Citation().Matches(answerText))
        {
            var number = int.Parse(citation.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            if (number < 1 || number > context.Passages.Count)
            {
                violations.Add(new GroundingViolation(GroundingViolationKind.Citation, citation.Value, "no such passage"));
            }
        }

        return new GroundingReport(violations);
    }

    private static IEnumerable<string> Figures(string text) => Figure().Matches(text).Select(m => Digits(m.Value));

    private static string Digits(string figure) => new([.. figure.Where(char.IsDigit)]);

    [GeneratedRegex(@"\d(?:[\d\u00A0\u202F ]*\d)?")]
    private static partial Regex Figure();

    [GeneratedRegex(@"\[(\d+)\]")]
    private static partial Regex Citation();

    /// <summary>A capitalised word after a lower-case word: a name, not the start of a sentence.</summary>
    [GeneratedRegex(@"(?<=\p{Ll}[,]? )(\p{Lu}[\p{L}]+)")]
    private static partial Regex Name();
}
