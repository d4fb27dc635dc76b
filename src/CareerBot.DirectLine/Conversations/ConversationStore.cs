using System.Collections.Concurrent;
using CareerBot.BotFramework.Schema;
using Microsoft.Extensions.Options;

namespace CareerBot.DirectLine.Conversations;

/// <summary>
/// The conversations of this process, in memory and bounded: at most <see cref="DirectLineOptions.MaxConversations"/>
/// (the least recently active one is forgotten to make room), each forgotten after
/// <see cref="DirectLineOptions.ConversationIdleTimeout"/> without activity. Per instance: behind a load balancer
/// a client must come back to the same instance (a shared store is a later step).
/// </summary>
public sealed class ConversationStore
{
    private readonly ConcurrentDictionary<string, DirectLineConversation> _conversations = new(StringComparer.Ordinal);
    private readonly DirectLineOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly object _createGate = new();

    public ConversationStore(IOptions<DirectLineOptions> options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _timeProvider = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
    }

    public int Count => _conversations.Count;

    /// <summary>A new conversation with an unguessable id, for <paramref name="user"/>.</summary>
    public DirectLineConversation Create(ChannelAccount user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var conversation = new DirectLineConversation(NewId(), user, _options.MaxActivitiesPerConversation, _timeProvider);
        // One creator at a time: the room check and the eviction must see the same count.
        lock (_createGate)
        {
            if (_conversations.Count >= _options.MaxConversations)
            {
                RemoveExpired();
            }

            while (_conversations.Count >= _options.MaxConversations)
            {
                var oldest = _conversations.Values.MinBy(c => c.LastActive);
                if (oldest is null)
                {
                    break;
                }

                _conversations.TryRemove(oldest.Id, out _);
            }

            _conversations[conversation.Id] = conversation;
        }

        return conversation;
    }

    /// <summary>The conversation, or null when it never existed, expired, or was evicted.</summary>
    public DirectLineConversation? Find(string conversationId)
    {
        if (!_conversations.TryGetValue(conversationId, out var conversation))
        {
            return null;
        }

        if (IsExpired(conversation))
        {
            _conversations.TryRemove(conversationId, out _);
            return null;
        }

        return conversation;
    }

    private void RemoveExpired()
    {
        foreach (var conversation in _conversations.Values.Where(IsExpired).ToList())
        {
            _conversations.TryRemove(conversation.Id, out _);
        }
    }

    private bool IsExpired(DirectLineConversation conversation) =>
        _timeProvider.GetUtcNow() - conversation.LastActive >= _options.ConversationIdleTimeout;

    // 128 random bits: the id is part of every URL, so it must not be guessable; base64url keeps it URL-safe.
    private static string NewId() =>
        Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
