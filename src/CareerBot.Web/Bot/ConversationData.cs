using CareerBot.Advisor.Answers;

namespace CareerBot.Web.Bot;

/// <summary>What the bot remembers about one conversation (ConversationState).</summary>
public sealed class ConversationData
{
    /// <summary>How many text messages the user sent in this conversation (echo mode).</summary>
    public int MessageCount { get; set; }

    /// <summary>The language of the conversation so far (<c>fr</c> or <c>en</c>), null before the first message.</summary>
    public string? Language { get; set; }

    /// <summary>The last messages, oldest first, bounded by <see cref="BotOptions.HistoryMessages"/>.</summary>
    public List<ConversationTurn> History { get; set; } = [];
}
