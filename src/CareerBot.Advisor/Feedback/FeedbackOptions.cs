namespace CareerBot.Advisor.Feedback;

/// <summary>Settings of the feedback store (configuration section <c>Feedback</c>).</summary>
public sealed class FeedbackOptions
{
    public const string SectionName = "Feedback";

    /// <summary>
    /// The largest accepted <see cref="RetentionDays"/> (100 years): beyond it the cutoff would fall before year 1
    /// and could not be computed; 0 is the way to keep everything.
    /// </summary>
    public const int MaxRetentionDays = 36_500;

    /// <summary>How long a rating is kept, in days; 0 keeps ratings forever.</summary>
    public int RetentionDays { get; set; } = 180;
}
