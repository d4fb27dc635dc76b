using CareerBot.BotFramework.Schema;

namespace CareerBot.DirectLine.Protocol;

/// <summary>
/// A batch of activities and the watermark to ask for the next ones with; the body of <c>GET …/activities</c> and of
/// each WebSocket message.
/// </summary>
public sealed class ActivitySet
{
    public IList<Activity> Activities { get; set; } = [];

    /// <summary>Opaque to clients: here, the sequence number of the last activity the client has been given.</summary>
    public string? Watermark { get; set; }
}
