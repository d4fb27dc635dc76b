#pragma warning disable CA1305
using CareerBot.Knowledge.Evaluation;
using CareerBot.Knowledge.Hosting;
using CareerBot.Testing;
using Xunit.Abstractions;

namespace CareerBot.Knowledge.Tests.Search;

public sealed class ExploreTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Sweep()
    {
        var folder = KnowledgePathResolver.ResolveFolder("knowledge", AppContext.BaseDirectory);
        using var temp = new TempDirectory();
        var questions = EvalQuestionReader.ReadFile(Path.Combine(folder, "eval", "questions.jsonl"));
        var covs = (Environment.GetEnvironmentVariable("COVS") ?? "0.4,0.5,0.6").Split(',').Select(double.Parse);
        var evs = (Environment.GetEnvironmentVariable("EVS") ?? "0.5,0.6,0.7,0.75,0.8").Split(',').Select(double.Parse).ToList();
        foreach (var cov in covs)
        foreach (var ev in evs)
        {
            using var kb = new KnowledgeBase(new KnowledgeOptions { Path = folder, IndexPath = temp.Combine("i"), WatchForChanges = false, MinQueryCoverage = cov, MinEvidence = ev, HeadingBoost = float.Parse(Environment.GetEnvironmentVariable("HB") ?? "1.5"), FuzzyWeight = float.Parse(Environment.GetEnvironmentVariable("FW") ?? "0.5"), CommentFactor = double.Parse(Environment.GetEnvironmentVariable("CF") ?? "0.5") }, new CapturingLogger<KnowledgeBase>());
            await kb.LoadAsync();
            var r = new RetrievalEvaluator(kb).Evaluate(questions);
            output.WriteLine($"cov={cov} ev={ev}: r@1 {r.RecallAt1:F3} r@3 {r.RecallAt3:F3} r@5 {r.RecallAt5:F3} mrr {r.Mrr:F3} fp {r.OutOfScopeFalsePositiveRate:F3}  fp: {string.Join(",", r.Results.Where(x => x.Kind == "out_of_scope" && x.ReturnedSources.Count > 0).Select(x => x.Id))} none: {string.Join(",", r.Results.Where(x => x.Kind != "out_of_scope" && x.ReturnedSources.Count == 0).Select(x => x.Id))} late: {string.Join(",", r.Results.Where(x => x.Kind != "out_of_scope" && x.ReturnedSources.Count > 0 && x.FirstHitRank is not (1 or 2 or 3)).Select(x => x.Id + "@" + x.FirstHitRank))} second: {string.Join(",", r.Results.Where(x => x.FirstHitRank is 2 or 3).Select(x => x.Id + "@" + x.FirstHitRank))}");
        }
    }

    [Fact]
    public async Task Table()
    {
        var folder = KnowledgePathResolver.ResolveFolder("knowledge", AppContext.BaseDirectory);
        using var temp = new TempDirectory();
        using var kb = new KnowledgeBase(new KnowledgeOptions { Path = folder, IndexPath = temp.Combine("i"), WatchForChanges = false, MinQueryCoverage = 0, MinEvidence = 0 }, new CapturingLogger<KnowledgeBase>());
        await kb.LoadAsync();
        foreach (var q in EvalQuestionReader.ReadFile(Path.Combine(folder, "eval", "questions.jsonl")))
        {
            var r = kb.Snapshot.Explain(q.Question)!;
            var topic = r.Evidence.Any(e => e.IsTopic && e.IsKnown);
            var best = kb.Passages.Select((p, d) => (p, d)).Where(x => x.p.Kind == CareerBot.Knowledge.Chunking.PassageKind.Article).GroupBy(x => (x.p.SourceId, x.p.Section)).Select(g => r.Evidence.Where(e => e.IsKnown).Sum(e => e.Weight * g.Max(x => e.MatchIn(x.d, 0.5))) / Math.Max(1e-9, r.Evidence.Where(e => e.IsKnown).Sum(e => e.Weight))).DefaultIfEmpty(0).Max();
            output.WriteLine($"{(q.IsOutOfScope ? "OOS" : "ans")} {(topic ? "T" : "-")} cov={r.QueryCoverage:F2} best={best:F2} {q.Id} {q.Question}");
        }
    }

    [Fact]
    public async Task Explore()
    {
        var folder = KnowledgePathResolver.ResolveFolder("knowledge", AppContext.BaseDirectory);
        using var temp = new TempDirectory();
        using var kb = new KnowledgeBase(new KnowledgeOptions { Path = folder, IndexPath = temp.Combine("i"), WatchForChanges = false }, new CapturingLogger<KnowledgeBase>());
        await kb.LoadAsync();
        var ids = (Environment.GetEnvironmentVariable("EXPLORE") ?? "").Split(',');
        foreach (var q in EvalQuestionReader.ReadFile(Path.Combine(folder, "eval", "questions.jsonl")).Where(q => ids.Contains(q.Id) || ids.Contains("all")))
        {
            var r = kb.Snapshot.Explain(q.Question)!;
            output.WriteLine($"{q.Id} [{q.Kind}] \"{q.Question}\" expected {string.Join(",", q.ExpectedSources.Select(s => s[..3]))} inScope={r.InScope} cov={r.QueryCoverage:F2}");
            foreach (var e in r.Evidence) output.WriteLine($"    concept '{e.Concept.Label}' [{string.Join(" / ", e.Concept.Phrases.Select(p => string.Join(" ", p)).Take(6))}] w={e.Weight:F2} exact={e.ExactDocs.Count} fuzzy={e.FuzzyDocs.Count} topic={e.IsTopic}");
            foreach (var h in r.Ranked.Take(5)) { var p = kb.Passages[h.Doc]; output.WriteLine($"    -> {p.Id} {h.Score:F2} rel={h.Relevance:F2} ({p.Heading}) {p.Text[..Math.Min(70, p.Text.Length)]}"); }
        }
    }
}
