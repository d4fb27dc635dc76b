namespace CareerBot.Advisor.Feedback;

/// <summary>What the user thought of an answer: 👍 or 👎.</summary>
public enum FeedbackReaction
{
    Like,
    Dislike,
}
