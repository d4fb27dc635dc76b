using BenchmarkDotNet.Attributes;

namespace CareerBot.Knowledge.Benchmarks;

/// <summary>
/// Search cost per question: one operation is one <see cref="KnowledgeBase.SearchAsync"/> call, averaged over the
/// <see cref="BenchmarkQuestions"/> mix, on an index built once in the set-up. The 10 000-article corpus is left out:
/// search time there grows faster than the corpus (see the latency mode), past what a short run can afford.
/// </summary>
[KnowledgeBenchmark(warmupCount: 3, iterationCount: 10)]
public class QueryBenchmarks
{
    private BenchmarkCorpus _corpus = null!;
    private KnowledgeBase _knowledge = null!;

    [Params(BenchmarkCorpus.Real, BenchmarkCorpus.Synthetic100, BenchmarkCorpus.Synthetic1000)]
    public string Corpus { get; set; } = BenchmarkCorpus.Real;

    [GlobalSetup]
    public async Task SetUp()
    {
        if (BenchmarkQuestions.All.Count != BenchmarkQuestions.Count)
        {
            throw new InvalidOperationException("BenchmarkQuestions.Count must be the number of questions, or the per-query mean is wrong.");
        }

        _corpus = BenchmarkCorpus.Prepare(Corpus);
        _knowledge = await _corpus.BuildAsync();
    }

    [GlobalCleanup]
    public void CleanUp()
    {
        _knowledge.Dispose();
        _corpus.Dispose();
    }

    [Benchmark(OperationsPerInvoke = BenchmarkQuestions.Count)]
    public async Task<int> QuestionMix()
    {
        var hits = 0;
        foreach (var question in BenchmarkQuestions.All)
        {
            hits += (await _knowledge.SearchAsync(question.Text)).Count;
        }

        return hits;
    }
}
