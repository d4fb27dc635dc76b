namespace CareerBot.Advisor.Feedback;

/// <summary>Where the ratings of answers are kept until they are exported or reach the retention limit.</summary>
public interface IFeedbackStore
{
    /// <summary>Inserts <paramref name="record"/>, or replaces the record with the same id (a comment given after the rating).</summary>
    Task SaveAsync(FeedbackRecord record, CancellationToken cancellationToken = default);

    /// <summary>The record with this id, or null.</summary>
    Task<FeedbackRecord?> FindAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>The records oldest first (ties by id); only those with a timestamp at or after <paramref name="since"/> when given.</summary>
    IAsyncEnumerable<FeedbackRecord> ReadAsync(DateTimeOffset? since = null, CancellationToken cancellationToken = default);

    /// <summary>Deletes the records whose timestamp is before <paramref name="cutoff"/>; returns how many.</summary>
    Task<int> DeleteOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default);
}
