namespace CareerBot.Web.Bot;

/// <summary>What the echo bot remembers about one conversation (ConversationState).</summary>
public sealed class ConversationData
{
    /// <summary>How many text messages the user sent in this conversation.</summary>
    public int MessageCount { get; set; }
}
