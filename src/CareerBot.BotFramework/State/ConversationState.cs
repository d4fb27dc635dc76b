using CareerBot.BotFramework.Builder;

namespace CareerBot.BotFramework.State;

/// <summary>State shared by everyone in a conversation, kept under <c>{channelId}/conversations/{conversationId}</c>.</summary>
public class ConversationState(IStorage storage) : BotState(storage, nameof(ConversationState))
{
    protected override string GetStorageKey(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        var channelId = RequireActivityField(turnContext, activity.ChannelId, "channelId", nameof(ConversationState));
        var conversationId = RequireActivityField(turnContext, activity.Conversation?.Id, "conversation.id", nameof(ConversationState));
        return $"{channelId}/conversations/{conversationId}";
    }
}
