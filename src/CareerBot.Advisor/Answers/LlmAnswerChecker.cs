using System.Globalization;
using System.Text.RegularExpressions;
using CareerBot.Advisor.Grounding;
using CareerBot.Knowledge.Text;

namespace CareerBot.Advisor.Answers;

/// <summary>
/// Everything a model text must pass before a user sees it: the grounding guard, and three checks of the answer
/// service against a model that obeyed instructions planted in the question or in a source: no run of the system
/// instructions (<see cref="PromptLeakDetector"/>), no description of itself ("I am…", "je suis…": the advisor
/// has no persona to take on, so a role change shows there), and at least one citation in a whole answer.
/// </summary>
internal sealed partial class LlmAnswerChecker(IGroundingGuard guard, GroundingContext context, PromptLeakDetector leaks)
{
    /// <summary>The texts the answer may quote: the passages and the facts' quotes.</summary>
    private readonly string[] _quotable = [.. context.Passages.Select(p => p.Passage.Text).Concat(context.Facts.Select(f => f.Quote)).Select(Tokens.Flat)];

    /// <summary>The highest number the answer may cite: passages, then the fact quotes no passage contains.</summary>
    private readonly int _citable = CitationMap.For(context).Count;

    /// <summary>One sentence of a streamed answer, given the text already shown before it.</summary>
    public IReadOnlyList<AnswerProblem> CheckSentence(string shown, string sentence) =>
        [.. Guard(sentence), .. Leak(shown + sentence), .. SelfDescription(sentence)];

    /// <summary>A whole answer.</summary>
    public IReadOnlyList<AnswerProblem> CheckAnswer(string text)
    {
        List<AnswerProblem> problems = [.. Guard(text), .. Leak(text), .. SelfDescription(text)];
        if (CitationMentions.Cited(text).Count == 0)
        {
            problems.Add(new AnswerProblem("Uncited", Excerpt(text), "the answer cites no source passage"));
        }

        return problems;
    }

    /// <summary>
    /// The guard's violations, and any citation outside the <see cref="CitationMap"/> that it did not report (a
    /// delivered [n] must always name a listed source, whatever guard is registered).
    /// </summary>
    private List<AnswerProblem> Guard(string text)
    {
        var violations = guard.Check(text, context).Violations.Select(v => new AnswerProblem(v.Kind.ToString(), v.Text, v.Reason)).ToList();
        var citationKind = GroundingViolationKind.Citation.ToString();
        foreach (var number in CitationMentions.Cited(text).Where(n => n < 1 || n > _citable))
        {
            var marker = $"[{number}]";
            if (!violations.Any(v => v.Kind == citationKind && v.Text.Contains(number.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)))
            {
                violations.Add(new AnswerProblem(citationKind, marker, $"there is no source {marker}"));
            }
        }

        return violations;
    }

    private IEnumerable<AnswerProblem> Leak(string text) =>
        leaks.FindLeak(text) is { } run ? [new AnswerProblem("PromptLeak", run, "the answer repeats the system instructions")] : [];

    /// <summary>
    /// "I am…" and its kin, unless the words are quoted from a passage or a fact's quote (a reader comment may well
    /// say "je suis prompt engineer").
    /// </summary>
    private IEnumerable<AnswerProblem> SelfDescription(string text)
    {
        foreach (Match match in SelfReference().Matches(text))
        {
            var quoted = Tokens.Flat(match.Value);
            if (!_quotable.Any(p => p.Contains(quoted, StringComparison.Ordinal)))
            {
                yield return new AnswerProblem("SelfDescription", match.Value, "the answer speaks about itself instead of the sources");
            }
        }
    }

    private static string Excerpt(string text) => text.Length <= 80 ? text : text[..80] + "…";

    /// <summary>A first-person self-description and the three words after it (what the model claims to be).</summary>
    [GeneratedRegex(@"(?<!\p{L})(?:I\s+am|I['’]m|my\s+name\s+is|call\s+me|je\s+suis|j['’]suis|je\s+m['’]appelle|appelle[sz]?-moi|appelez-moi)(?!\p{L})(?:\W+\w+){0,3}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SelfReference();
}
