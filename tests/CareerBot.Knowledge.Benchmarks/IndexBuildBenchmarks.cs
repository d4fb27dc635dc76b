using BenchmarkDotNet.Attributes;

namespace CareerBot.Knowledge.Benchmarks;

/// <summary>Index build and up-to-date load of the real knowledge folder and of a 1 000-article synthetic one.</summary>
[KnowledgeBenchmark(warmupCount: 3, iterationCount: 10)]
public class IndexBuildBenchmarks : IndexBuild
{
    [Params(BenchmarkCorpus.Real, BenchmarkCorpus.Synthetic1000)]
    public override string Corpus { get; set; } = BenchmarkCorpus.Real;
}
