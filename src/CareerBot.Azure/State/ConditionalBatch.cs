using CareerBot.BotFramework.State;

namespace CareerBot.Azure.State;

/// <summary>
/// The eTag rules both Azure stores apply to a batch of writes: every precondition is checked before anything is
/// written (a stale batch writes nothing), then each write is conditional, and any write the service refused is a
/// conflict. Neither Blob storage nor Cosmos DB (across partitions) can make the batch atomic, so a writer racing in
/// between can still leave part of it written.
/// </summary>
internal static class ConditionalBatch
{
    /// <summary>True when a write may go ahead over <paramref name="storedETag"/> (null: nothing stored).</summary>
    public static bool PreconditionHolds(StoreItem change, string? storedETag) =>
        change.CreateOnly ? storedETag is null : storedETag is not null && string.Equals(storedETag, change.ETag, StringComparison.Ordinal);

    /// <summary>Throws for the keys whose stored eTag no longer allows their write.</summary>
    public static void ThrowIfStale(IEnumerable<(string Key, StoreItem Change, string? StoredETag)> checks)
    {
        var stale = checks.Where(c => !PreconditionHolds(c.Change, c.StoredETag)).Select(c => c.Key).ToList();
        if (stale.Count > 0)
        {
            throw new StorageConcurrencyException(stale);
        }
    }

    /// <summary>The new eTag of every write, or a conflict naming the writes the service refused (a null eTag).</summary>
    public static IReadOnlyDictionary<string, string> ETagsOrConflict(IReadOnlyList<(string Key, string? ETag)> writes)
    {
        var conflicts = writes.Where(w => w.ETag is null).Select(w => w.Key).ToList();
        if (conflicts.Count > 0)
        {
            throw new StorageConcurrencyException(conflicts);
        }

        return writes.ToDictionary(w => w.Key, w => w.ETag!, StringComparer.Ordinal);
    }
}
