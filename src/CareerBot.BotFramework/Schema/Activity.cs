using System.Text.Json;

namespace CareerBot.BotFramework.Schema;

/// <summary>
/// The Bot Framework Activity (schema v3), with the fields used by Teams, Web Chat, Direct Line and the Emulator.
/// Fields outside this model are preserved in <see cref="JsonExtensible.Properties"/>.
/// </summary>
public sealed class Activity : JsonExtensible
{
    /// <summary>See <see cref="ActivityTypes"/>.</summary>
    public string? Type { get; set; }
    public string? Id { get; set; }
    public DateTimeOffset? Timestamp { get; set; }
    public DateTimeOffset? LocalTimestamp { get; set; }
    public string? LocalTimezone { get; set; }
    public string? ServiceUrl { get; set; }
    public string? ChannelId { get; set; }
    public ChannelAccount? From { get; set; }
    public ConversationAccount? Conversation { get; set; }
    public ChannelAccount? Recipient { get; set; }
    public string? TextFormat { get; set; }
    public string? AttachmentLayout { get; set; }
    public IList<ChannelAccount>? MembersAdded { get; set; }
    public IList<ChannelAccount>? MembersRemoved { get; set; }
    public IList<MessageReaction>? ReactionsAdded { get; set; }
    public IList<MessageReaction>? ReactionsRemoved { get; set; }
    public string? TopicName { get; set; }
    public bool? HistoryDisclosed { get; set; }
    public string? Locale { get; set; }
    public string? Text { get; set; }
    public string? Speak { get; set; }
    public string? InputHint { get; set; }
    public string? Summary { get; set; }
    public SuggestedActions? SuggestedActions { get; set; }
    public IList<Attachment>? Attachments { get; set; }
    public IList<Entity>? Entities { get; set; }
    public JsonElement? ChannelData { get; set; }
    public string? Action { get; set; }
    public string? ReplyToId { get; set; }
    public string? Label { get; set; }
    public string? ValueType { get; set; }
    public JsonElement? Value { get; set; }
    public string? Name { get; set; }
    public ConversationReference? RelatesTo { get; set; }
    public string? Code { get; set; }
    public DateTimeOffset? Expiration { get; set; }
    public string? Importance { get; set; }
    public string? DeliveryMode { get; set; }
    public IList<string>? ListenFor { get; set; }
    public string? CallerId { get; set; }

    /// <summary>A message activity with the given text.</summary>
    public static Activity CreateMessage(string? text = null) => new() { Type = ActivityTypes.Message, Text = text };

    /// <summary>A typing indicator.</summary>
    public static Activity CreateTyping() => new() { Type = ActivityTypes.Typing };

    /// <summary>
    /// A reply to this activity: addressed back to the sender, in the same conversation and channel, with
    /// <see cref="ReplyToId"/> set, as the official SDK's <c>CreateReply</c> does.
    /// </summary>
    public Activity CreateReply(string? text = null) => new()
    {
        Type = ActivityTypes.Message,
        Timestamp = DateTimeOffset.UtcNow,
        From = Recipient is null ? null : new ChannelAccount(Recipient.Id, Recipient.Name),
        Recipient = From is null ? null : new ChannelAccount(From.Id, From.Name),
        ReplyToId = Id,
        ServiceUrl = ServiceUrl,
        ChannelId = ChannelId,
        Conversation = Conversation is null
            ? null
            : new ConversationAccount(Conversation.Id, Conversation.Name, Conversation.IsGroup)
            {
                ConversationType = Conversation.ConversationType,
                TenantId = Conversation.TenantId,
            },
        Text = text ?? string.Empty,
        Locale = Locale,
    };

    /// <summary>
    /// The reference needed to continue this conversation later. Direct Line and Web Chat do not accept replies
    /// to a conversationUpdate's id, so for those the reference names no activity and replies become plain sends.
    /// </summary>
    public ConversationReference GetConversationReference() => new()
    {
        ActivityId = Type == ActivityTypes.ConversationUpdate && ChannelId is "directline" or "webchat" ? null : Id,
        User = From,
        Bot = Recipient,
        Conversation = Conversation,
        ChannelId = ChannelId,
        Locale = Locale,
        ServiceUrl = ServiceUrl,
    };

    /// <summary>
    /// Fills routing fields (channel, service URL, conversation, sender, recipient, locale) of an outgoing
    /// activity from a conversation reference; fields already set are kept.
    /// </summary>
    public Activity ApplyConversationReference(ConversationReference reference)
    {
        ChannelId ??= reference.ChannelId;
        ServiceUrl ??= reference.ServiceUrl;
        Conversation ??= reference.Conversation;
        Locale ??= reference.Locale;
        From ??= reference.Bot;
        Recipient ??= reference.User;
        ReplyToId ??= reference.ActivityId;
        return this;
    }
}
