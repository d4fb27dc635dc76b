namespace CareerBot.Advisor.Conversation.Roadmaps;

/// <summary>A rule of <c>Resources/Conversation/roadmap.json</c>: when the answers match, its advice and facts go into its section.</summary>
internal sealed record RoadmapRule(string Section, IReadOnlyDictionary<string, IReadOnlyList<string>> When, string? Advice, IReadOnlyList<string> Facts)
{
    /// <summary>True when every answer the rule names is one of its values (a rule that names none always applies).</summary>
    public bool Matches(UserProfile profile) =>
        When.All(condition => profile.Answer(condition.Key) is { } answer && condition.Value.Contains(answer, StringComparer.Ordinal));
}
