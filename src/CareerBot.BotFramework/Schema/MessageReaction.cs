namespace CareerBot.BotFramework.Schema;

/// <summary>A reaction (like, heart…) added to or removed from a message.</summary>
public sealed class MessageReaction : JsonExtensible
{
    public string? Type { get; set; }
}
