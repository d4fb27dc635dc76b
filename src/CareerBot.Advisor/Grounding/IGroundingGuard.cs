namespace CareerBot.Advisor.Grounding;

/// <summary>
/// Checks an answer text against what it may say: every amount, percentage, year, count and named
/// employer/school/platform must appear in the cited passages or the fact sheet, and every [n] must point to a
/// passage of the context.
/// </summary>
public interface IGroundingGuard
{
    GroundingReport Check(string answerText, GroundingContext context);
}
