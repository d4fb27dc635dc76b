namespace CareerBot.Advisor.Conversation;

/// <summary>
/// Section <c>Bot</c>, as read by the advisor (the host reads <c>Bot:Mode</c> from the same section to choose the bot).
/// </summary>
public sealed class ConversationOptions
{
    public const string SectionName = "Bot";

    /// <summary>How many past messages (the user's and the bot's) are kept to make follow-up questions standalone.</summary>
    public int HistoryMessages { get; set; } = 6;

    /// <summary>How many answers are kept so that a rating given later still finds what it rates.</summary>
    public int RatedAnswers { get; set; } = 5;
}
