using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json;
using CareerBot.BotFramework.Schema;
using CareerBot.BotFramework.State;

namespace CareerBot.Advisor.Conversation;

/// <summary>
/// The answers a rating may name, kept once each in the bot's storage under a key derived from their content
/// (<c>answers/…</c>): the conversation state holds only that reference, so a turn does not read and write the text of
/// the last answers again and again, and an answer given in many conversations is stored once.
/// </summary>
public sealed class AnswerArchive(IStorage storage)
{
    private const string KeyPrefix = "answers/";

    /// <summary>How many references this process remembers having stored (then it forgets them all and starts again).</summary>
    private const int RememberedReferences = 10_000;

    private readonly ConcurrentDictionary<string, byte> _stored = new(StringComparer.Ordinal);

    /// <summary>Stores the answer unless this process already did, and returns its reference.</summary>
    public async Task<string> KeepAsync(ArchivedAnswer answer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var document = JsonSerializer.SerializeToUtf8Bytes(answer, BotJson.Options);
        var reference = Convert.ToHexStringLower(SHA256.HashData(document).AsSpan(0, 16));
        if (_stored.ContainsKey(reference))
        {
            return reference;
        }

        // An unconditional write: whoever wrote the same reference wrote the same content.
        var item = new StoreItem(JsonSerializer.Deserialize<JsonElement>(document));
        await storage.WriteAsync(new Dictionary<string, StoreItem>(StringComparer.Ordinal) { [KeyPrefix + reference] = item }, cancellationToken).ConfigureAwait(false);
        if (_stored.Count >= RememberedReferences)
        {
            _stored.Clear();
        }

        _stored.TryAdd(reference, 0);
        return reference;
    }

    /// <summary>The answer a reference names, or null when the store no longer has it (an operator's lifecycle rule, say).</summary>
    public async Task<ArchivedAnswer?> FindAsync(string reference, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reference);
        var key = KeyPrefix + reference;
        var items = await storage.ReadAsync([key], cancellationToken).ConfigureAwait(false);
        return items.TryGetValue(key, out var item) ? item.Document.Deserialize<ArchivedAnswer>(BotJson.Options) : null;
    }
}

/// <summary>An answer as a rating files it: its text and its numbered sources.</summary>
public sealed record ArchivedAnswer(string Text, IReadOnlyList<RecentSource> Sources);
