using System.Text.Json;
using CareerBot.BotFramework.Builder;
using CareerBot.BotFramework.Schema;
using CareerBot.BotFramework.State;

namespace CareerBot.Advisor.Conversation;

/// <summary>
/// The answers of a conversation kept for a later rating (their text and sources), each in its own storage item, one
/// of a ring of slots under <c>{channelId}/conversations/{conversationId}/rated/{slot}</c>. Kept in the conversation
/// state they were most of it, parsed and written again on every turn; here an answer is written once and read only
/// when a rating names it. A slot is overwritten when the ring comes round, so a reference to an answer that left the
/// ring finds another id there and is treated as gone.
/// </summary>
public sealed class RatedAnswerStore(IStorage storage)
{
    /// <summary>Keeps <paramref name="answer"/> in <paramref name="slot"/> (whatever was there is replaced).</summary>
    public async Task SaveAsync(ITurnContext turnContext, int slot, RecentAnswer answer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var changes = new Dictionary<string, StoreItem>(StringComparer.Ordinal) { [Key(turnContext, slot)] = new(BotJson.ToElement(answer)) };
        await storage.WriteAsync(changes, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The answer <paramref name="reference"/> names, or null when its slot now holds another one (or nothing).</summary>
    public async Task<RecentAnswer?> FindAsync(ITurnContext turnContext, RatedAnswerRef reference, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var key = Key(turnContext, reference.Slot);
        var items = await storage.ReadAsync([key], cancellationToken).ConfigureAwait(false);
        var answer = items.TryGetValue(key, out var item) ? item.Document.Deserialize<RecentAnswer>(BotJson.Options) : null;
        return answer?.Id == reference.Id ? answer : null;
    }

    private static string Key(ITurnContext turnContext, int slot)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        return $"{activity.ChannelId}/conversations/{activity.Conversation?.Id}/rated/{slot}";
    }
}
