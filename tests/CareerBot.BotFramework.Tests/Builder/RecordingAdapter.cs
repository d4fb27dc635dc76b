using CareerBot.BotFramework.Builder;
using CareerBot.BotFramework.Schema;

namespace CareerBot.BotFramework.Tests.Builder;

/// <summary>An adapter that keeps what the bot sends, for tests of the layers above the adapter.</summary>
public sealed class RecordingAdapter : BotAdapter
{
    public List<Activity> Sent { get; } = [];

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

    public static Activity Message(string text, string conversationId = "conv-1") => new()
    {
        Type = ActivityTypes.Message,
        Id = "incoming-1",
        Text = text,
        ChannelId = "test",
        ServiceUrl = "http://127.0.0.1:9/",
        From = new ChannelAccount("user-1", "User"),
        Recipient = new ChannelAccount("bot-1", "Bot"),
        Conversation = new ConversationAccount(conversationId),
        Locale = "fr-FR",
    };
}
