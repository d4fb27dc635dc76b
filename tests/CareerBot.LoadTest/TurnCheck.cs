using CareerBot.BotFramework.Schema;
using CareerBot.BotFramework.Schema.Entities;

namespace CareerBot.LoadTest;

/// <summary>Decides whether the replies of one turn show the work the benchmark measures (<see cref="ReplyExpectation"/>).</summary>
public static class TurnCheck
{
    /// <returns>Null when the replies meet the expectation, else why not (for the error report).</returns>
    public static string? Problem(IReadOnlyList<Activity> replies, string sentText, ReplyExpectation expectation)
    {
        ArgumentNullException.ThrowIfNull(replies);
        var messages = replies.Where(r => r.Type == ActivityTypes.Message && !string.IsNullOrWhiteSpace(r.Text)).ToList();
        if (messages.Count == 0)
        {
            return $"no message reply with text among {replies.Count} replies";
        }

        return expectation switch
        {
            ReplyExpectation.Text => null,
            ReplyExpectation.Echo => messages.Any(m => m.Text!.Contains(sentText, StringComparison.Ordinal))
                ? null
                : "no reply repeats the text sent",
            ReplyExpectation.Answer => messages.Any(Cites)
                ? null
                : "no reply cites a source (not an answer from the knowledge base)",
            _ => throw new ArgumentOutOfRangeException(nameof(expectation)),
        };
    }

    private static bool Cites(Activity message) =>
        message.GetAIMessage()?.Citation is { Count: > 0 } citations
        && message.Text!.Contains($"[{citations[0].Position}]", StringComparison.Ordinal);
}
