using CareerBot.BotFramework.Builder.Streaming;
using CareerBot.BotFramework.Schema;

namespace CareerBot.BotFramework.Tests.Builder.Streaming;

public class StreamingProtocolsTests
{
    [Theory]
    [InlineData("msteams", "personal", null, StreamingProtocol.Teams)]
    [InlineData("msteams", "Personal", "normal", StreamingProtocol.Teams)]
    [InlineData("msteams", "groupChat", null, StreamingProtocol.None)]
    [InlineData("msteams", "channel", null, StreamingProtocol.None)]
    [InlineData("msteams", null, null, StreamingProtocol.None)]
    [InlineData("msteams", "personal", "expectReplies", StreamingProtocol.None)]
    [InlineData("webchat", null, null, StreamingProtocol.WebChat)]
    [InlineData("directline", null, null, StreamingProtocol.WebChat)]
    [InlineData("webchat", null, "expectReplies", StreamingProtocol.None)]
    [InlineData("emulator", "personal", null, StreamingProtocol.None)]
    [InlineData("slack", null, null, StreamingProtocol.None)]
    [InlineData(null, null, null, StreamingProtocol.None)]
    public void Chooses_the_protocol_from_the_channel_conversation_and_delivery_mode(string? channelId, string? conversationType, string? deliveryMode, StreamingProtocol expected)
    {
        var incoming = new Activity
        {
            Type = ActivityTypes.Message,
            ChannelId = channelId,
            DeliveryMode = deliveryMode,
            Conversation = new ConversationAccount("c") { ConversationType = conversationType },
        };

        Assert.Equal(expected, StreamingProtocols.Select(incoming));
    }
}
