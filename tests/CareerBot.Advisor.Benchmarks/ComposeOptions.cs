namespace CareerBot.Advisor.Benchmarks;

/// <summary>Options of the compose mode: <c>--compose [--passes N]</c> (default 50 passes over the set).</summary>
internal sealed record ComposeOptions(int Passes)
{
    public const string Switch = "--compose";

    public static ComposeOptions Parse(IReadOnlyList<string> args)
    {
        var passes = 50;
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--passes")
            {
                passes = CommandLine.Positive(args, ++i);
            }
        }

        return new ComposeOptions(passes);
    }
}
