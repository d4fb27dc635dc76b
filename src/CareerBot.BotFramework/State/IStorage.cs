namespace CareerBot.BotFramework.State;

/// <summary>
/// A key/JSON-document store with optimistic concurrency, the persistence behind <see cref="BotState"/>.
/// Keys are case-sensitive, non-empty strings.
/// </summary>
public interface IStorage
{
    /// <summary>Reads the given keys; keys with no stored item are absent from the result.</summary>
    Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes the changes, each checked against its eTag rule (see <see cref="StoreItem.ETag"/> and
    /// <see cref="StoreItem.CreateOnly"/>). If any check fails a <see cref="StorageConcurrencyException"/> is
    /// thrown; the memory and SQLite providers then write none of the batch.
    /// </summary>
    /// <returns>The new eTag of every written key: each successful write produces a new one.</returns>
    Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken = default);

    /// <summary>Deletes the given keys, unconditionally; missing keys are ignored.</summary>
    Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default);
}
