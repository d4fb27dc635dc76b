namespace CareerBot.BotFramework.State;

/// <summary>
/// Thread-safe in-process <see cref="IStorage"/> for tests and single-instance development; lost on restart.
/// A batch is checked and applied under one lock, so it is all-or-nothing.
/// </summary>
public sealed class MemoryStorage : IStorage, IStorageHealth
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, StoreItem> _items = new(StringComparer.Ordinal);

    public Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        var distinct = StorageArguments.DistinctKeys(keys, nameof(keys));
        cancellationToken.ThrowIfCancellationRequested();
        var found = new Dictionary<string, StoreItem>(StringComparer.Ordinal);
        lock (_gate)
        {
            foreach (var key in distinct)
            {
                if (_items.TryGetValue(key, out var item))
                {
                    found[key] = item;
                }
            }
        }

        return Task.FromResult<IReadOnlyDictionary<string, StoreItem>>(found);
    }

    public Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken = default)
    {
        StorageArguments.ValidateChanges(changes, nameof(changes));
        cancellationToken.ThrowIfCancellationRequested();

        // Cloning outside the lock: the caller's element may belong to a JsonDocument it disposes later.
        var documents = changes.ToDictionary(c => c.Key, c => c.Value.Document.Clone(), StringComparer.Ordinal);
        var newETags = new Dictionary<string, string>(StringComparer.Ordinal);
        lock (_gate)
        {
            var conflicts = changes.Where(c => !PreconditionHolds(c.Key, c.Value)).Select(c => c.Key).ToList();
            if (conflicts.Count > 0)
            {
                throw new StorageConcurrencyException(conflicts);
            }

            foreach (var key in changes.Keys)
            {
                var eTag = StorageArguments.NewETag();
                _items[key] = new StoreItem(documents[key], eTag);
                newETags[key] = eTag;
            }
        }

        return Task.FromResult<IReadOnlyDictionary<string, string>>(newETags);
    }

    public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        var distinct = StorageArguments.DistinctKeys(keys, nameof(keys));
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            foreach (var key in distinct)
            {
                _items.Remove(key);
            }
        }

        return Task.CompletedTask;
    }

    public Task<bool> IsReadyAsync(CancellationToken cancellationToken = default) => Task.FromResult(true);

    private bool PreconditionHolds(string key, StoreItem change)
    {
        var exists = _items.TryGetValue(key, out var stored);
        if (change.CreateOnly)
        {
            return !exists;
        }

        return !StorageArguments.RequiresMatch(change) || (exists && string.Equals(stored!.ETag, change.ETag, StringComparison.Ordinal));
    }
}
