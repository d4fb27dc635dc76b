using System.Runtime.InteropServices;
using System.Text.Json;
using CareerBot.BotFramework.Schema;

namespace CareerBot.BotFramework.State;

/// <summary>
/// One turn's copy of a <see cref="BotState"/>: the property values (raw JSON until an accessor reads them as a
/// type, then the live object the bot may mutate), the eTag read at load, and the serialized form last seen in
/// storage so that only real changes are written.
/// </summary>
internal sealed class CachedBotState
{
    // What storage holds, as UTF-8 JSON: the document as read (kept as the element, whose raw text it is, rather than
    // copied out of it on every load), or the bytes last written. Both null when the next save must write anyway.
    private JsonElement? _persistedDocument;
    private byte[]? _persistedBytes;

    private CachedBotState(string storageKey, Dictionary<string, object?> values, string? eTag, JsonElement? persistedDocument, byte[]? persistedBytes)
    {
        StorageKey = storageKey;
        Values = values;
        ETag = eTag;
        _persistedDocument = persistedDocument;
        _persistedBytes = persistedBytes;
    }

    /// <summary>The key read at load; saving uses it even if the activity is changed during the turn.</summary>
    public string StorageKey { get; }

    public Dictionary<string, object?> Values { get; }

    /// <summary>The stored version this turn started from; null when nothing was stored.</summary>
    public string? ETag { get; private set; }

    /// <summary>What an empty state serializes to, the same for every state never stored: "{}".</summary>
    private static readonly byte[] EmptyObject = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object?>(), BotJson.Options);

    public static CachedBotState FromStorage(string storageKey, StoreItem? item)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (item is null)
        {
            return new CachedBotState(storageKey, values, null, null, EmptyObject);
        }

        if (item.Document.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidOperationException($"The state stored under '{storageKey}' is a JSON {item.Document.ValueKind}, not an object.");
        }

        foreach (var property in item.Document.EnumerateObject())
        {
            values[property.Name] = property.Value;
        }

        // The stored text is what an unchanged state serializes to (it was written from that serialization), so it
        // stands for "what storage holds" without serializing the values again; a store that reformats documents
        // only costs one extra write.
        return new CachedBotState(storageKey, values, item.ETag, item.Document, null);
    }

    public byte[] Serialize() => JsonSerializer.SerializeToUtf8Bytes(Values, BotJson.Options);

    public bool DiffersFromStorage(byte[] serialized) =>
        _persistedBytes is { } bytes ? !bytes.AsSpan().SequenceEqual(serialized)
        : _persistedDocument is not { } document || !JsonMarshal.GetRawUtf8Value(document).SequenceEqual(serialized);

    /// <summary>Empties the values and forces the next save to write, even if storage already held nothing.</summary>
    public void Clear()
    {
        Values.Clear();
        _persistedDocument = null;
        _persistedBytes = null;
    }

    public void MarkSaved(string eTag, byte[] serialized)
    {
        ETag = eTag;
        _persistedDocument = null;
        _persistedBytes = serialized;
    }

    /// <summary>
    /// The write that replaces exactly the version loaded: the eTag read, or create-only when nothing was stored,
    /// so a concurrent turn's save is detected instead of silently overwritten.
    /// </summary>
    public StoreItem ToStoreItem(byte[] serialized)
    {
        // Parsed in place: the bytes are never changed (they become what storage holds once written), so the
        // document need not copy them as JsonSerializer.Deserialize<JsonElement> would.
        var document = JsonDocument.Parse(serialized).RootElement;
        return ETag is null ? new StoreItem(document) { CreateOnly = true } : new StoreItem(document, ETag);
    }
}
