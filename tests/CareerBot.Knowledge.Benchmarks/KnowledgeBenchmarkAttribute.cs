using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;

namespace CareerBot.Knowledge.Benchmarks;

/// <summary>
/// The settings of a benchmark class: percentiles of the iteration times next to the mean, allocations, and a small
/// job (few warm-up and measured iterations) so that a full run stays within minutes on a 2-core machine. The job is
/// left out when the command line names one (<c>--job Dry</c> for a smoke check): BenchmarkDotNet would otherwise run
/// both, since it adds a command-line job to the jobs that attributes declare.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class KnowledgeBenchmarkAttribute(int warmupCount, int iterationCount) : Attribute, IConfigSource
{
    public int WarmupCount { get; } = warmupCount;

    public int IterationCount { get; } = iterationCount;

    public IConfig Config
    {
        get
        {
            var config = ManualConfig.CreateEmpty()
                .AddColumn(StatisticColumn.P50, StatisticColumn.P95, new P99Column())
                .AddDiagnoser(MemoryDiagnoser.Default);
            return Environment.GetCommandLineArgs().Any(a => a is "--job" or "-j")
                ? config
                : config.AddJob(Job.Default.WithWarmupCount(WarmupCount).WithIterationCount(IterationCount));
        }
    }
}
