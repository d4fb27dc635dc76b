using CareerBot.Knowledge.Facts;
using CareerBot.Knowledge.Search;

namespace CareerBot.Advisor.Grounding;

/// <summary>
/// What an answer may say: the retrieved passages, numbered from 1 in this order (citation [n] is
/// <c>Passages[n-1]</c>), and the fact-sheet records that match the question. A fact whose quote no passage
/// contains is cited after the passages ([Passages.Count + 1]…, one number per distinct quote, in fact order):
/// <see cref="CitationMap"/> holds that numbering, which the grounding guard and every answerer share.
/// </summary>
public sealed record GroundingContext(IReadOnlyList<SearchHit> Passages, IReadOnlyList<Fact> Facts);
