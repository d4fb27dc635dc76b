using CareerBot.Advisor.Answers;
using CareerBot.Advisor.Grounding;
using CareerBot.Knowledge;

namespace CareerBot.Advisor.Tests.Support;

/// <summary>The offline answer step as the answer service runs it: search, fact selection, extractive answer, guard.</summary>
internal sealed class AnswerPipeline(IKnowledgeSearch knowledge)
{
    private readonly FactSelector _selector = new();
    private readonly ExtractiveAnswerer _answerer = new(knowledge);
    private readonly GroundingGuard _guard = new();

    public (Answer Answer, GroundingContext Context, GroundingReport Report) Ask(string question, string language)
    {
        var hits = knowledge.Search(question);
        var context = new GroundingContext(hits, _selector.Select(question, hits, knowledge.Facts));
        var answer = _answerer.Compose(new AnswerRequest(question, language), context);
        return (answer, context, _guard.Check(answer.Text, context));
    }
}
