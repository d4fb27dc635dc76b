namespace CareerBot.Advisor.Benchmarks;

/// <summary>
/// Command line of the streaming mode: <c>--streaming [--runs N] [--first-token-ms MS] [--token-ms MS]</c>: how many
/// timed runs (after <see cref="Warmup"/> untimed ones), and the fake model's pace: the wait before its first chunk,
/// then between chunks (one chunk per word).
/// </summary>
internal sealed record StreamingOptions(int Runs, TimeSpan FirstToken, TimeSpan PerToken)
{
    public const string Switch = "--streaming";

    public const int Warmup = 2;

    public static StreamingOptions Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var runs = 20;
        var firstToken = 300;
        var perToken = 25;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case Switch:
                    break;
                case "--runs":
                    runs = CommandLine.Positive(args, ++i);
                    break;
                case "--first-token-ms":
                    firstToken = CommandLine.Positive(args, ++i);
                    break;
                case "--token-ms":
                    perToken = CommandLine.Positive(args, ++i);
                    break;
                default:
                    throw new ArgumentException($"Unknown option '{args[i]}' in streaming mode.");
            }
        }

        return new StreamingOptions(runs, TimeSpan.FromMilliseconds(firstToken), TimeSpan.FromMilliseconds(perToken));
    }
}
