using CareerBot.Knowledge;
using CareerBot.Knowledge.Chunking;
using CareerBot.Knowledge.Documents;
using CareerBot.Knowledge.Facts;
using CareerBot.Knowledge.Synonyms;
using Moq;

namespace CareerBot.Advisor.Tests.Support;

/// <summary>An <see cref="IKnowledgeSearch"/> seam over hand-made passages, facts and synonyms, for unit tests of the answerer.</summary>
internal static class FakeKnowledge
{
    public static IKnowledgeSearch With(IReadOnlyList<Passage> passages, IReadOnlyList<Fact>? facts = null, IReadOnlyList<SynonymGroup>? synonyms = null)
    {
        var sources = passages
            .DistinctBy(p => p.SourceId)
            .Select(p => new SourceDocument(p.SourceId, p.SourceTitle, "fr", new Dictionary<string, string>(), []) { File = $"sources/{p.SourceId}.md" })
            .ToList();
        var knowledge = new Mock<IKnowledgeSearch>();
        knowledge.Setup(k => k.Passages).Returns(passages);
        knowledge.Setup(k => k.Sources).Returns(sources);
        knowledge.Setup(k => k.Facts).Returns(facts ?? []);
        knowledge.Setup(k => k.Synonyms).Returns(synonyms ?? []);
        return knowledge.Object;
    }
}
