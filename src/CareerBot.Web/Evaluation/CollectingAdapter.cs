using CareerBot.BotFramework.Builder;
using CareerBot.BotFramework.Schema;

namespace CareerBot.Web.Evaluation;

/// <summary>
/// An in-process adapter for the conversation evaluation: runs each activity through its middleware and the bot,
/// and keeps what the bot sends instead of posting it to a channel.
/// </summary>
internal sealed class CollectingAdapter : BotAdapter
{
    private readonly List<Activity> _sent = [];

    /// <summary>Runs one turn and returns the activities the bot sent during it.</summary>
    public async Task<IReadOnlyList<Activity>> RunTurnAsync(Activity activity, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        var before = _sent.Count;
        await RunPipelineAsync(new TurnContext(this, activity), callback, cancellationToken).ConfigureAwait(false);
        return _sent.Skip(before).ToList();
    }

    public override Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        _sent.AddRange(activities);
        return Task.FromResult(activities.Select((_, i) => new ResourceResponse($"eval-{_sent.Count - activities.Count + i}")).ToArray());
    }

    public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken) =>
        Task.FromResult(new ResourceResponse(activity.Id));

    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken) =>
        Task.CompletedTask;
}
