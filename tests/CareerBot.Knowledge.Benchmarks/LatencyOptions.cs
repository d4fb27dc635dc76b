using System.Globalization;

namespace CareerBot.Knowledge.Benchmarks;

/// <summary>
/// Command line of the latency mode: <c>--latency [--queries N] [--warmup N] [--corpus NAME]... [--budget SECONDS]</c>.
/// The budget bounds each corpus's measured loop, so that a slow corpus cannot make the run endless.
/// </summary>
internal sealed record LatencyOptions(int Queries, int Warmup, IReadOnlyList<string> Corpora, TimeSpan Budget)
{
    public const string Switch = "--latency";

    public static LatencyOptions Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var queries = 20_000;
        var warmup = 2_000;
        var budget = TimeSpan.FromSeconds(60);
        var corpora = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case Switch:
                    break;
                case "--queries":
                    queries = Positive(args, ++i);
                    break;
                case "--warmup":
                    warmup = Positive(args, ++i);
                    break;
                case "--budget":
                    budget = TimeSpan.FromSeconds(Positive(args, ++i));
                    break;
                case "--corpus":
                    corpora.Add(Value(args, ++i));
                    break;
                default:
                    throw new ArgumentException($"Unknown option '{args[i]}' in latency mode.");
            }
        }

        return new LatencyOptions(queries, warmup, corpora.Count > 0 ? corpora : BenchmarkCorpus.LatencyDefaults, budget);
    }

    private static string Value(IReadOnlyList<string> args, int index) =>
        index < args.Count ? args[index] : throw new ArgumentException($"'{args[index - 1]}' needs a value.");

    private static int Positive(IReadOnlyList<string> args, int index) =>
        int.TryParse(Value(args, index), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : throw new ArgumentException($"'{args[index - 1]}' needs a positive whole number.");
}
