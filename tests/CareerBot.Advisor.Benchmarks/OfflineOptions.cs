namespace CareerBot.Advisor.Benchmarks;

/// <summary>
/// Command line of the offline mode: <c>--offline [--queries N]</c>. The warm-up is five passes over the question
/// mix; the timed loop stops at its count or after <see cref="Budget"/>, whichever comes first.
/// </summary>
internal sealed record OfflineOptions(int Queries)
{
    public const string Switch = "--offline";

    public static int Warmup => 5 * AdvisorQuestions.All.Count;

    public static TimeSpan Budget { get; } = TimeSpan.FromSeconds(60);

    public static OfflineOptions Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var queries = 5_000;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case Switch:
                    break;
                case "--queries":
                    queries = CommandLine.Positive(args, ++i);
                    break;
                default:
                    throw new ArgumentException($"Unknown option '{args[i]}' in offline mode.");
            }
        }

        return new OfflineOptions(queries);
    }
}
