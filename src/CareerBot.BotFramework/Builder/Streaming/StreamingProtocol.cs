using CareerBot.BotFramework.Schema;

namespace CareerBot.BotFramework.Builder.Streaming;

/// <summary>How a reply can be streamed on the channel of a turn.</summary>
public enum StreamingProtocol
{
    /// <summary>No streaming: only the final message is sent.</summary>
    None,

    /// <summary>
    /// Teams, one-on-one chats only: typing activities with a <c>streaminfo</c> entity, then the final message
    /// (learn.microsoft.com/microsoftteams/platform/bots/streaming-ux).
    /// </summary>
    Teams,

    /// <summary>
    /// Web Chat 4.17+ over Direct Line: typing activities with the stream fields in <c>channelData</c>, then the final
    /// message (BotFramework-WebChat docs/LIVESTREAMING.md).
    /// </summary>
    WebChat,
}

/// <summary>Chooses the <see cref="StreamingProtocol"/> for an incoming activity.</summary>
public static class StreamingProtocols
{
    private const string PersonalConversation = "personal";

    /// <remarks>
    /// No streaming when the caller wants the replies in the HTTP response (<c>expectReplies</c>: the updates would all
    /// arrive at once, after the final message was decided), in Teams group chats and channels (Teams streams only in
    /// one-on-one chats), and on every other channel, the Emulator included (its Web Chat predates livestreaming and
    /// would show each update as a message).
    /// </remarks>
    public static StreamingProtocol Select(Activity incoming)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        if (string.Equals(incoming.DeliveryMode, DeliveryModes.ExpectReplies, StringComparison.OrdinalIgnoreCase))
        {
            return StreamingProtocol.None;
        }

        return incoming.ChannelId switch
        {
            Channels.MsTeams when string.Equals(incoming.Conversation?.ConversationType, PersonalConversation, StringComparison.OrdinalIgnoreCase) => StreamingProtocol.Teams,
            Channels.WebChat or Channels.DirectLine => StreamingProtocol.WebChat,
            _ => StreamingProtocol.None,
        };
    }
}
