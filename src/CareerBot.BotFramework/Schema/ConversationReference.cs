namespace CareerBot.BotFramework.Schema;

/// <summary>What is needed to send a message into an existing conversation later (proactive messages).</summary>
public sealed class ConversationReference : JsonExtensible
{
    public string? ActivityId { get; set; }
    public ChannelAccount? User { get; set; }
    public ChannelAccount? Bot { get; set; }
    public ConversationAccount? Conversation { get; set; }
    public string? ChannelId { get; set; }
    public string? Locale { get; set; }
    public string? ServiceUrl { get; set; }
}
