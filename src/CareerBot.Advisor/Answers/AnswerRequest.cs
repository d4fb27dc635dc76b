namespace CareerBot.Advisor.Answers;

/// <summary>
/// A question to answer: the user's text, the language to answer in (<c>fr</c> or <c>en</c>), and the last turns of
/// the conversation, oldest first, so that a follow-up ("et en France ?") can be made standalone before retrieval.
/// </summary>
public sealed record AnswerRequest(string Question, string Language, IReadOnlyList<ConversationTurn> History)
{
    public AnswerRequest(string question, string language)
        : this(question, language, [])
    {
    }
}
