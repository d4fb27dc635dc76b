namespace CareerBot.Advisor.Conversation;

/// <summary>A source of a <see cref="RecentAnswer"/>: its number in the text, its article's title and the passage.</summary>
public sealed record RecentSource(int Number, string Title, string PassageId);
