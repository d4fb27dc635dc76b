using CareerBot.Knowledge.Search;

namespace CareerBot.Advisor.Answers;

/// <summary>
/// What retrieval found: the standalone question it searched, the passages, and whether the language model already
/// failed while condensing the question (then this answer does not call it again).
/// </summary>
internal sealed record Retrieval(string Question, IReadOnlyList<SearchHit> Hits, bool LlmFailed);
