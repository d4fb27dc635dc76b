using CareerBot.BotFramework.Builder;
using CareerBot.BotFramework.Schema;

namespace CareerBot.Testing;

/// <summary>
/// The smallest real adapter: runs turns through its middleware and keeps what the bot sends, for tests of the
/// layers above the adapter (turn context, middleware, activity handler, state).
/// </summary>
public sealed class RecordingAdapter : BotAdapter
{
    public List<Activity> Sent { get; } = [];

    /// <summary>
    /// A message as a channel would post it: from <paramref name="userId"/> to the bot <c>bot-1</c> in
    /// <paramref name="conversationId"/>; a null id leaves that part out (activities that state cannot key).
    /// </summary>
    public static Activity Message(string text, string? conversationId = "conv-1", string? channelId = "test", string? userId = "user-1") => new()
    {
        Type = ActivityTypes.Message,
        Id = "incoming-1",
        Text = text,
        ChannelId = channelId,
        ServiceUrl = "http://127.0.0.1:9/",
        From = userId is null ? null : new ChannelAccount(userId, "User"),
        Recipient = new ChannelAccount("bot-1", "Bot"),
        Conversation = conversationId is null ? null : new ConversationAccount(conversationId),
        Locale = "fr-FR",
    };

    /// <summary>A new turn on this adapter: a message from <paramref name="userId"/> in <paramref name="conversationId"/>.</summary>
    public TurnContext NewTurn(string? channelId = "test", string? conversationId = "conv-1", string? userId = "user-1") =>
        new(this, Message("hi", conversationId, channelId, userId));

    public Task ProcessAsync(Activity activity, BotCallbackHandler callback, CancellationToken cancellationToken = default) =>
        RunPipelineAsync(new TurnContext(this, activity), callback, cancellationToken);

    public override Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        Sent.AddRange(activities);
        return Task.FromResult(activities.Select((_, i) => new ResourceResponse($"sent-{Sent.Count - activities.Count + i}")).ToArray());
    }

    public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken) =>
        Task.FromResult(new ResourceResponse(activity.Id));

    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken) =>
        Task.CompletedTask;
}
