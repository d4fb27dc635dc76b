namespace CareerBot.Advisor.Conversation;

/// <summary>
/// An answer the bot gave, kept for a while so that a rating can be stored with what it rates: the id of the reply
/// activity (what Teams' feedback buttons refer to), the question, and the reference of the answer's text and sources
/// in the <see cref="AnswerArchive"/>.
/// </summary>
public sealed class RecentAnswer
{
    public string Id { get; set; } = string.Empty;

    public string Question { get; set; } = string.Empty;

    public string Language { get; set; } = string.Empty;

    /// <summary>The answer's reference in the <see cref="AnswerArchive"/>.</summary>
    public string Answer { get; set; } = string.Empty;
}
