using System.Runtime.CompilerServices;

namespace CareerBot.Advisor.Feedback;

/// <summary>
/// <see cref="IFeedbackStore"/> in the process's memory (<c>Storage:Provider=Memory</c>, tests): thread-safe, lost
/// when the process ends.
/// </summary>
public sealed class MemoryFeedbackStore : IFeedbackStore
{
    private readonly Dictionary<string, FeedbackRecord> _records = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public Task SaveAsync(FeedbackRecord record, CancellationToken cancellationToken = default)
    {
        var stored = FeedbackLimits.Normalize(record, nameof(record));
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            _records[stored.Id] = stored;
        }

        return Task.CompletedTask;
    }

    public Task<FeedbackRecord?> FindAsync(string id, CancellationToken cancellationToken = default)
    {
        FeedbackLimits.ValidateId(id, nameof(id));
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            return Task.FromResult(_records.GetValueOrDefault(id));
        }
    }

    public async IAsyncEnumerable<FeedbackRecord> ReadAsync(DateTimeOffset? since = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        // A snapshot: the caller may save or delete while it enumerates.
        FeedbackRecord[] snapshot;
        lock (_gate)
        {
            snapshot = [.. _records.Values.Where(r => since is null || r.Timestamp >= since.Value)];
        }

        Array.Sort(snapshot, (a, b) => a.Timestamp != b.Timestamp ? a.Timestamp.CompareTo(b.Timestamp) : string.CompareOrdinal(a.Id, b.Id));
        foreach (var record in snapshot)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return record;
        }
    }

    public Task<int> DeleteOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            var old = _records.Values.Where(r => r.Timestamp < cutoff).Select(r => r.Id).ToList();
            foreach (var id in old)
            {
                _records.Remove(id);
            }

            return Task.FromResult(old.Count);
        }
    }
}
