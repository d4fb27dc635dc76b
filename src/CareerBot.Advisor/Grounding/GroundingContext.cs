using CareerBot.Knowledge.Facts;
using CareerBot.Knowledge.Search;

namespace CareerBot.Advisor.Grounding;

/// <summary>
/// What an answer may say: the retrieved passages, numbered from 1 in this order (citation [n] is
/// <c>Passages[n-1]</c>), and the fact-sheet records that match the question.
/// </summary>
public sealed record GroundingContext(IReadOnlyList<SearchHit> Passages, IReadOnlyList<Fact> Facts);
