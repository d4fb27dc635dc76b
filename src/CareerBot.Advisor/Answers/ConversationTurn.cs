using CareerBot.Knowledge.Facts;

namespace CareerBot.Advisor.Answers;

/// <summary>
/// One message of the conversation so far: <see cref="FromUser"/> is false for the bot's replies, whose
/// <see cref="Topic"/> is the topic they answered (null for a refusal, a passage quoted, or a reply kept before topics
/// were remembered): what a follow-up continues, whatever the question's own words seemed to ask.
/// </summary>
public sealed record ConversationTurn(bool FromUser, string Text)
{
    public FactTopic? Topic { get; init; }

    /// <summary>The passages a bot's answer cited, in citation order: a question about one of their details is answered from them.</summary>
    public IReadOnlyList<string> Passages { get; init; } = [];
}
