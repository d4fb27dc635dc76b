using CareerBot.Knowledge.Tests.Support;
using Xunit.Abstractions;

namespace CareerBot.Knowledge.Tests.Search;

public sealed class ExploreTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Explore()
    {
        using var folder = KnowledgeFolder.FromFixture();
        using var kb = folder.CreateKnowledgeBase();
        await kb.LoadAsync();
        foreach (var i in kb.Issues) output.WriteLine(i.ToString());
        output.WriteLine($"passages {kb.Passages.Count}");
        foreach (var p in kb.Passages) output.WriteLine($"{p.Id} [{p.Kind}] ({p.Heading}) {p.Text[..Math.Min(80, p.Text.Length)]}");
        foreach (var q in new[] { "combien gagne un prompt engineer debutant", "quelles competences faut il", "salaire d'un boulanger", "recette de crêpes", "météo à Paris", "What is the salary of a prompt engineer?", "remuneration", "slaire", "quel temps fait-il", "comment devenir medecin", "formation" })
        {
            var hits = await kb.SearchAsync(q);
            output.WriteLine($"Q: {q} -> {hits.Count}");
            foreach (var h in hits) output.WriteLine($"   {h.Rank} {h.Passage.Id} {h.Score:F3} rel={h.Relevance:F2} {h.Passage.Text[..Math.Min(60, h.Passage.Text.Length)]}");
        }
    }
}
