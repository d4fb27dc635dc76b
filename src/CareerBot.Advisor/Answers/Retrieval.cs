using CareerBot.Knowledge.Search;

namespace CareerBot.Advisor.Answers;

/// <summary>
/// What retrieval found: the standalone question it searched, the passages, and how the language model failed while
/// condensing the question, if it did (then this answer does not call it again).
/// </summary>
internal sealed record Retrieval(string Question, IReadOnlyList<SearchHit> Hits, Llm.LlmFailure? LlmFailure)
{
    public bool LlmFailed => LlmFailure is not null;
}
