namespace CareerBot.Advisor.Answers;

/// <summary>
/// A cited source of an answer: its number in the text ([1], [2]…), the passage, its article, and the quote shown to
/// the user (a sentence of the passage, or the passage itself).
/// </summary>
public sealed record AnswerSource(int Number, string PassageId, string SourceId, string Title, string Quote);
