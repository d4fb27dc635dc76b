using CareerBot.Advisor.Understanding;
using CareerBot.Advisor.Tests.Support;
using Xunit.Abstractions;

namespace CareerBot.Advisor.Tests.Scratch;

[Collection(RealKnowledgeCollection.Name)]
public sealed class FrameProbe(RealKnowledgeFixture knowledge, ITestOutputHelper output)
{
    [Fact]
    public void Probe()
    {
        var reader = new QuestionReader(knowledge.Base);
        foreach (var q in File.ReadAllLines("/tmp/probe.txt"))
        {
            var r = reader.ReadMessage(q);
            var f = reader.Read(q, []);
            output.WriteLine($"{q}\n   topics: {string.Join(", ", r.Topics.Select(t => $"{t.Key}={t.Value}"))} facets: {string.Join(", ", r.Facets.Select(x => $"{x.Key}={x.Value.Value}"))} known={r.Known} unknown={r.Unknown} -> {f.Topic} job={knowledge.Base.AnotherJobIn(q)}");
        }
    }
}
