using BenchmarkDotNet.Attributes;

namespace CareerBot.Knowledge.Benchmarks;

/// <summary>
/// Index build and up-to-date load of a 10 000-article synthetic corpus. A build takes seconds here, so fewer
/// iterations keep the full run short; the spread between runs is still visible in the percentile columns.
/// </summary>
[KnowledgeBenchmark(warmupCount: 1, iterationCount: 5)]
public class LargeIndexBuildBenchmarks : IndexBuild
{
    [Params(BenchmarkCorpus.Synthetic10000)]
    public override string Corpus { get; set; } = BenchmarkCorpus.Synthetic10000;
}
