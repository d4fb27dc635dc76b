namespace CareerBot.BotFramework.Builder.Streaming;

/// <summary>How often a <see cref="StreamingResponse"/> may send an update.</summary>
public sealed class StreamingResponseOptions
{
    /// <summary>
    /// Least time between two requests of a Teams stream. Teams throttles a bot that streams faster than about one
    /// request a second and recommends buffering tokens for 1.5 to 2 seconds (streaming-ux, "Stream message through
    /// REST API"), hence 1.5 s.
    /// </summary>
    public TimeSpan TeamsInterval { get; set; } = TimeSpan.FromSeconds(1.5);

    /// <summary>
    /// Least time between two requests of a Web Chat livestream. Web Chat copes with far more (its design assumes up
    /// to 100 updates a second) but each update is a Direct Line round trip carrying the whole text so far.
    /// </summary>
    public TimeSpan WebChatInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    internal TimeSpan IntervalFor(StreamingProtocol protocol) => protocol == StreamingProtocol.Teams ? TeamsInterval : WebChatInterval;

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(TeamsInterval, TimeSpan.Zero, nameof(TeamsInterval));
        ArgumentOutOfRangeException.ThrowIfLessThan(WebChatInterval, TimeSpan.Zero, nameof(WebChatInterval));
    }
}
