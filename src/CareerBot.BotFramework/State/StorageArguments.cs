using System.Text.Json;

namespace CareerBot.BotFramework.State;

/// <summary>The argument rules every <see cref="IStorage"/> provider applies the same way.</summary>
internal static class StorageArguments
{
    public static string[] DistinctKeys(IReadOnlyCollection<string> keys, string paramName)
    {
        ArgumentNullException.ThrowIfNull(keys, paramName);
        foreach (var key in keys)
        {
            ValidateKey(key, paramName);
        }

        return keys.Distinct(StringComparer.Ordinal).ToArray();
    }

    public static void ValidateChanges(IReadOnlyDictionary<string, StoreItem> changes, string paramName)
    {
        ArgumentNullException.ThrowIfNull(changes, paramName);
        foreach (var (key, item) in changes)
        {
            ValidateKey(key, paramName);
            if (item is null)
            {
                throw new ArgumentException($"The item for key '{key}' is null; use DeleteAsync to remove an item.", paramName);
            }

            if (item.Document.ValueKind == JsonValueKind.Undefined)
            {
                throw new ArgumentException($"The item for key '{key}' has no JSON document.", paramName);
            }

            if (item.CreateOnly && item.ETag is not null)
            {
                throw new ArgumentException($"The item for key '{key}' is create-only and also carries an eTag; choose one condition.", paramName);
            }
        }
    }

    /// <summary>True when a write with this item must find exactly <see cref="StoreItem.ETag"/> stored.</summary>
    public static bool RequiresMatch(StoreItem item) => item.ETag is not null and not StoreItem.AnyETag;

    /// <summary>A fresh version tag; random rather than a counter so that separate processes never collide.</summary>
    public static string NewETag() => Guid.NewGuid().ToString("N");

    private static void ValidateKey(string key, string paramName)
    {
        if (string.IsNullOrWhiteSpace(key))
        {
            throw new ArgumentException("Storage keys must be non-empty.", paramName);
        }
    }
}
