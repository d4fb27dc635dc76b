using System.Globalization;

namespace CareerBot.Advisor.Benchmarks;

/// <summary>Reading option values; a bad one is an <see cref="ArgumentException"/> that Program prints.</summary>
internal static class CommandLine
{
    public static int Positive(IReadOnlyList<string> args, int index) =>
        int.TryParse(Value(args, index), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : throw new ArgumentException($"'{args[index - 1]}' needs a positive whole number.");

    private static string Value(IReadOnlyList<string> args, int index) =>
        index < args.Count ? args[index] : throw new ArgumentException($"'{args[index - 1]}' needs a value.");
}
