namespace CareerBot.Advisor.Conversation.Roadmaps;

/// <summary>The answers of a profile assessment: question id → option id (see <c>Resources/Conversation/questions.json</c>).</summary>
public sealed class UserProfile
{
    public Dictionary<string, string> Answers { get; set; } = new(StringComparer.Ordinal);

    public DateTimeOffset CompletedAt { get; set; }

    public string? Answer(string question) => Answers.GetValueOrDefault(question);
}
