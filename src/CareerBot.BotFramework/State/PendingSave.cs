namespace CareerBot.BotFramework.State;

/// <summary>A changed state of the turn, ready to be written: its storage item, and what to remember once written.</summary>
internal sealed class PendingSave(CachedBotState cached, byte[] serialized)
{
    public string StorageKey => cached.StorageKey;

    public StoreItem Item { get; } = cached.ToStoreItem(serialized);

    public IReadOnlyDictionary<string, StoreItem> Changes => new Dictionary<string, StoreItem>(StringComparer.Ordinal) { [StorageKey] = Item };

    /// <summary>Records the new eTag, so that a later save in the same turn is guarded by it.</summary>
    public void MarkSaved(IReadOnlyDictionary<string, string> eTags) => cached.MarkSaved(eTags[StorageKey], serialized);
}
