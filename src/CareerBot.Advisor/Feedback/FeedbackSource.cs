namespace CareerBot.Advisor.Feedback;

/// <summary>A source the rated answer cited: its number in the answer ([n]), title and passage id.</summary>
public sealed record FeedbackSource(int Number, string Title, string PassageId);
