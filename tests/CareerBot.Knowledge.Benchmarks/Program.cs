using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using CareerBot.Knowledge.Benchmarks;

// dotnet run -c Release --project tests/CareerBot.Knowledge.Benchmarks -- [--filter <pattern>] [--job Dry] [--latency]
if (args.Contains(LatencyOptions.Switch))
{
    LatencyOptions options;
    try
    {
        options = LatencyOptions.Parse(args);
    }
    catch (ArgumentException ex)
    {
        Console.Error.WriteLine(ex.Message);
        return 2;
    }

    await LatencyRun.RunAsync(options);
    return 0;
}

// Without a filter BenchmarkDotNet asks which benchmarks to run; one command should run them all.
var benchmarkArgs = args.Any(a => a is "--filter" or "-f") ? args : [.. args, "--filter", "*"];
var config = DefaultConfig.Instance.WithArtifactsPath(Path.Combine(RepositoryPaths.Root, "artifacts", "benchmarks"));
var summaries = BenchmarkSwitcher.FromAssembly(typeof(BenchmarkCorpus).Assembly).Run(benchmarkArgs, config);
return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
