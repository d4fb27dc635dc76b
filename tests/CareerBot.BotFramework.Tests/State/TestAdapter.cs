using CareerBot.BotFramework.Builder;
using CareerBot.BotFramework.Schema;

namespace CareerBot.BotFramework.Tests.State;

/// <summary>The smallest adapter that lets state tests build real turn contexts; state never sends anything.</summary>
internal sealed class TestAdapter : BotAdapter
{
    public override Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, IReadOnlyList<Activity> activities, CancellationToken cancellationToken) =>
        throw new NotSupportedException("State tests do not send activities.");

    public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken) =>
        throw new NotSupportedException("State tests do not update activities.");

    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken) =>
        throw new NotSupportedException("State tests do not delete activities.");

    /// <summary>A new turn: a message from <paramref name="userId"/> in <paramref name="conversationId"/>.</summary>
    public TurnContext NewTurn(string? channelId = "test", string? conversationId = "conv-1", string? userId = "user-1") =>
        new(this, new Activity
        {
            Type = ActivityTypes.Message,
            Id = Guid.NewGuid().ToString("N"),
            ChannelId = channelId,
            ServiceUrl = "http://127.0.0.1/",
            Conversation = conversationId is null ? null : new ConversationAccount(conversationId),
            From = userId is null ? null : new ChannelAccount(userId, "User"),
            Recipient = new ChannelAccount("bot", "Bot"),
            Text = "hi",
        });
}
