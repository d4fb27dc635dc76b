namespace CareerBot.DirectLine.Tokens;

/// <summary>What a token may be used for; each purpose is a distinct JWT audience, so one cannot stand for the other.</summary>
public enum TokenPurpose
{
    /// <summary>The REST API of one conversation (post and get activities, reconnect, refresh).</summary>
    Conversation,

    /// <summary>
    /// Only to open one conversation's WebSocket stream. It travels in the stream URL (which proxies may log), so it
    /// lives briefly and cannot post anything.
    /// </summary>
    Stream,
}
