using System.Globalization;

namespace CareerBot.LoadTest;

/// <summary>Command-line options of a load run.</summary>
public sealed record LoadOptions(Uri Endpoint, int Conversations, int Turns, int? BotPid, string Label, string Text, int WarmupTurns)
{
    public const string Usage = """
        Usage:
          CareerBot.LoadTest [--url http://127.0.0.1:3978/api/messages] [--conversations 50] [--turns 200]
                             [--pid <bot process id, for peak RSS>] [--label name] [--text "message"] [--warmup 200]
          CareerBot.LoadTest echo-server --urls http://127.0.0.1:3999
            (a bare ASP.NET Core endpoint that echoes the same request: the limit of the stack)
        """;

    public static LoadOptions Parse(IReadOnlyList<string> args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Count)
            {
                throw new ArgumentException($"Unexpected argument '{args[i]}'.\n{Usage}");
            }

            values[args[i][2..]] = args[++i];
        }

        int Int(string name, int fallback) => values.TryGetValue(name, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;

        return new LoadOptions(
            new Uri(values.GetValueOrDefault("url", "http://127.0.0.1:3978/api/messages")),
            Int("conversations", 50),
            Int("turns", 200),
            values.TryGetValue("pid", out var pid) ? int.Parse(pid, CultureInfo.InvariantCulture) : null,
            values.GetValueOrDefault("label", "bot"),
            values.GetValueOrDefault("text", "Bonjour"),
            Int("warmup", 200));
    }
}
