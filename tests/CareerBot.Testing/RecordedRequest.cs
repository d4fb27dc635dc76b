using CareerBot.BotFramework.Schema;

namespace CareerBot.Testing;

/// <summary>
/// One request as the fake channel saw it: the raw target (ids still escaped as sent, which
/// <c>Request.Path</c> would show unescaped), the Authorization header, the body, and when it arrived, both on the
/// wall clock and as a <see cref="System.Diagnostics.Stopwatch"/> timestamp for measuring gaps.
/// </summary>
public sealed record RecordedRequest(
    string Method,
    string RawTarget,
    string? Authorization,
    string? ContentType,
    string Body,
    DateTimeOffset ReceivedAt,
    long ReceivedTimestamp)
{
    /// <summary>The body as an activity, for the routes that carry one (send, reply, update).</summary>
    /// <remarks>A method, not a property, so that printing the record in a failure message never parses.</remarks>
    public Activity ReadActivity() =>
        BotJson.Deserialize<Activity>(Body) ?? throw new InvalidOperationException($"{Method} {RawTarget} carried no activity.");
}
