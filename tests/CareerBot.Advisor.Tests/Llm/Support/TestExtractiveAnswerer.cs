using CareerBot.Advisor.Answers;
using CareerBot.Advisor.Extractive;
using CareerBot.Advisor.Grounding;

namespace CareerBot.Advisor.Tests.Llm.Support;

/// <summary>
/// Stand-in extractive answerer for the integration tests: the first passage verbatim with [1], or the out-of-scope
/// answer when there is no passage. Its text starts with <see cref="Marker"/> so tests can tell it apart.
/// </summary>
internal sealed class TestExtractiveAnswerer : IExtractiveAnswerer
{
    public const string Marker = "Extrait des sources :";

    public const string OutOfScopeText = "Les sources ne couvrent pas cette question.";

    public Answer Compose(AnswerRequest request, GroundingContext context)
    {
        if (context.Passages.Count == 0)
        {
            return new Answer(OutOfScopeText, [], AnswerOrigin.OutOfScope);
        }

        var passage = context.Passages[0].Passage;
        return new Answer(
            $"{Marker} {passage.Text} [1]",
            [new AnswerSource(1, passage.Id, passage.SourceId, passage.SourceTitle, passage.Text)],
            AnswerOrigin.Extractive);
    }
}
