using CareerBot.Advisor.Answers;

namespace CareerBot.Advisor.Conversation;

/// <summary>What the advisor remembers about one conversation (ConversationState), beside the dialog stack.</summary>
public sealed class AdvisorConversationData
{
    /// <summary>The conversation got its welcome (channels may announce a new conversation more than once).</summary>
    public bool Welcomed { get; set; }

    /// <summary>The language of the conversation so far (<c>fr</c> or <c>en</c>), null before the first message.</summary>
    public string? Language { get; set; }

    /// <summary>The last messages, oldest first, bounded by <see cref="ConversationOptions.HistoryMessages"/>.</summary>
    public List<ConversationTurn> History { get; set; } = [];

    /// <summary>The last answers, newest last, so that a rating (👍/👎) can name what it rates.</summary>
    public List<RecentAnswer> RecentAnswers { get; set; } = [];

    /// <summary>The user chose « Poser une question »: the next message is a question, even in the middle of a dialog.</summary>
    public bool ExpectQuestion { get; set; }
}
