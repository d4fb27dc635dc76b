using CareerBot.Advisor.Grounding;
using CareerBot.Knowledge.Facts;
using CareerBot.Knowledge.Search;

namespace CareerBot.Advisor.Tests.Llm.Support;

/// <summary>Stand-in fact selector for the integration tests: the facts of the sources that were retrieved.</summary>
internal sealed class TestFactSelector : IFactSelector
{
    public IReadOnlyList<Fact> Select(string question, IReadOnlyList<SearchHit> passages, IReadOnlyList<Fact> facts) =>
        [.. facts.Where(f => passages.Any(p => p.Passage.SourceId == f.Source))];
}
