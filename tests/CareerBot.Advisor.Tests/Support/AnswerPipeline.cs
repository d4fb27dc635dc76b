using CareerBot.Advisor.Answers;
using CareerBot.Advisor.Composition;
using CareerBot.Advisor.Grounding;
using CareerBot.Advisor.Understanding;
using CareerBot.Knowledge;

namespace CareerBot.Advisor.Tests.Support;

/// <summary>
/// The offline answer step as the answer service runs it, with what it decided exposed: the question read in its
/// conversation (a remark, which asks nothing, stops there), planned from its topic or from search, composed, and checked by the grounding guard.
/// </summary>
internal sealed class AnswerPipeline(IKnowledgeSearch knowledge)
{
    private readonly AnswerPlanner _planner = new(knowledge, new QuestionReader(knowledge));
    private readonly GroundingGuard _guard = new();

    public (Answer Answer, GroundingContext Context, GroundingReport Report) Ask(string question, string language, params string[] earlierQuestions) =>
        Ask(question, language, [.. earlierQuestions.SelectMany(q => new[] { new ConversationTurn(true, q), new ConversationTurn(false, "…") })]);

    public (Answer Answer, GroundingContext Context, GroundingReport Report) Ask(string question, string language, IReadOnlyList<ConversationTurn> history)
    {
        var request = new AnswerRequest(question, language, history);
        var frame = _planner.Read(request);
        if (frame.Remark)
        {
            var remark = new Answer("remark", [], AnswerOrigin.Remark);
            return (remark, new GroundingContext([], []), _guard.Check(remark.Text, new GroundingContext([], [])));
        }

        var plan = _planner.FromFrame(request, frame) ?? _planner.FromSearch(request, frame, knowledge.Search(question)) ?? _planner.FromFrameAlone(request, frame);
        if (plan is null)
        {
            var refusal = new Answer("out of scope", [], AnswerOrigin.OutOfScope);
            return (refusal, new GroundingContext([], []), _guard.Check(refusal.Text, new GroundingContext([], [])));
        }

        var answer = AnswerComposer.Compose(language, plan, knowledge.Vocabulary);
        return (answer, plan.Context, _guard.Check(answer.Text, plan.Context));
    }
}
