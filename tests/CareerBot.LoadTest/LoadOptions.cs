using System.Globalization;

namespace CareerBot.LoadTest;

/// <summary>Command-line options of a load run.</summary>
public sealed record LoadOptions(
    Uri Endpoint,
    int Conversations,
    int Turns,
    int? BotPid,
    string Label,
    QuestionMix Messages,
    ReplyExpectation Expect,
    int WarmupTurns,
    TimeSpan? MaxDuration)
{
    public const string Usage = """
        Usage:
          CareerBot.LoadTest [--url http://127.0.0.1:3978/api/messages] [--conversations 50] [--turns 200]
                             [--pid <bot process id, for its RSS>] [--label name] [--warmup 200]
                             [--text "message" | --questions-file bench/questions.txt]
                             [--expect text|echo|answer] [--max-seconds S]
            --expect text: a turn needs HTTP 200 and a message reply with text; echo (default): a reply that
            repeats the text sent; answer: a reply that cites its sources. Anything else counts as an error.
            --max-seconds: conversations start no new turn after S seconds of measure (a slow bot gets fewer
            turns, not more time); the warm-up is not limited.
          CareerBot.LoadTest echo-server --urls http://127.0.0.1:3999
            (a bare ASP.NET Core endpoint that echoes the same request: the limit of the stack)
          CareerBot.LoadTest free-port
            (prints a loopback TCP port free at this moment)
        """;

    public static LoadOptions Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
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

        var messages = values.TryGetValue("questions-file", out var file)
            ? QuestionMix.Load(file)
            : new QuestionMix([values.GetValueOrDefault("text", "Bonjour")]);
        var expect = values.TryGetValue("expect", out var e)
            ? Enum.TryParse<ReplyExpectation>(e, ignoreCase: true, out var parsed) ? parsed : throw new ArgumentException($"Unknown --expect '{e}'.\n{Usage}")
            : ReplyExpectation.Echo;

        return new LoadOptions(
            new Uri(values.GetValueOrDefault("url", "http://127.0.0.1:3978/api/messages")),
            Int("conversations", 50),
            Int("turns", 200),
            values.TryGetValue("pid", out var pid) ? int.Parse(pid, CultureInfo.InvariantCulture) : null,
            values.GetValueOrDefault("label", "bot"),
            messages,
            expect,
            Int("warmup", 200),
            values.TryGetValue("max-seconds", out var seconds) ? TimeSpan.FromSeconds(double.Parse(seconds, CultureInfo.InvariantCulture)) : null);
    }
}
