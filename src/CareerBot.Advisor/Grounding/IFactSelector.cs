using CareerBot.Knowledge.Facts;
using CareerBot.Knowledge.Search;

namespace CareerBot.Advisor.Grounding;

/// <summary>
/// Picks the fact-sheet records an answer should show for a question: e.g. every salary record (all sources, so that
/// their disagreement is visible) for a salary question, narrowed by level or country when the question names one.
/// </summary>
public interface IFactSelector
{
    IReadOnlyList<Fact> Select(string question, IReadOnlyList<SearchHit> passages, IReadOnlyList<Fact> facts);
}
