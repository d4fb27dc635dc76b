using CareerBot.BotFramework.Schema;

namespace CareerBot.BotFramework.Builder;

/// <summary>The turn context given to middleware and the bot for one incoming activity.</summary>
public sealed class TurnContext : ITurnContext
{
    private readonly List<SendActivitiesHandler> _onSend = [];
    private readonly List<UpdateActivityHandler> _onUpdate = [];
    private readonly List<DeleteActivityHandler> _onDelete = [];

    public TurnContext(BotAdapter adapter, Activity activity)
    {
        Adapter = adapter ?? throw new ArgumentNullException(nameof(adapter));
        Activity = activity ?? throw new ArgumentNullException(nameof(activity));
    }

    public BotAdapter Adapter { get; }

    public Activity Activity { get; }

    public TurnContextStateCollection TurnState { get; } = new();

    public bool Responded { get; private set; }

    public async Task<ResourceResponse?> SendActivityAsync(string text, string? speak = null, string inputHint = InputHints.AcceptingInput, CancellationToken cancellationToken = default)
    {
        var activity = Activity.CreateMessage(text);
        activity.Speak = speak;
        activity.InputHint = inputHint;
        return await SendActivityAsync(activity, cancellationToken).ConfigureAwait(false);
    }

    public async Task<ResourceResponse?> SendActivityAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var responses = await SendActivitiesAsync([activity], cancellationToken).ConfigureAwait(false);
        return responses.Length > 0 ? responses[0] : null;
    }

    public Task<ResourceResponse[]> SendActivitiesAsync(IEnumerable<Activity> activities, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activities);
        var reference = Activity.GetConversationReference();
        var outgoing = activities.Select(a =>
        {
            a.ApplyConversationReference(reference);
            a.Type ??= ActivityTypes.Message;
            return a;
        }).ToList();

        return RunSendPipelineAsync(outgoing, 0, cancellationToken);
    }

    private Task<ResourceResponse[]> RunSendPipelineAsync(List<Activity> activities, int index, CancellationToken cancellationToken)
    {
        if (index < _onSend.Count)
        {
            return _onSend[index](this, activities, () => RunSendPipelineAsync(activities, index + 1, cancellationToken));
        }

        return SendThroughAdapterAsync(activities, cancellationToken);
    }

    private async Task<ResourceResponse[]> SendThroughAdapterAsync(List<Activity> activities, CancellationToken cancellationToken)
    {
        if (activities.Count == 0)
        {
            return [];
        }

        var responses = await Adapter.SendActivitiesAsync(this, activities, cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < activities.Count && i < responses.Length; i++)
        {
            activities[i].Id ??= responses[i].Id;
        }

        if (activities.Any(a => a.Type == ActivityTypes.Message))
        {
            Responded = true;
        }

        return responses;
    }

    public Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        activity.ApplyConversationReference(Activity.GetConversationReference());
        return RunUpdatePipelineAsync(activity, 0, cancellationToken);
    }

    private Task<ResourceResponse> RunUpdatePipelineAsync(Activity activity, int index, CancellationToken cancellationToken) =>
        index < _onUpdate.Count
            ? _onUpdate[index](this, activity, () => RunUpdatePipelineAsync(activity, index + 1, cancellationToken))
            : Adapter.UpdateActivityAsync(this, activity, cancellationToken);

    public Task DeleteActivityAsync(string activityId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(activityId);
        var reference = Activity.GetConversationReference();
        reference.ActivityId = activityId;
        return RunDeletePipelineAsync(reference, 0, cancellationToken);
    }

    private Task RunDeletePipelineAsync(ConversationReference reference, int index, CancellationToken cancellationToken) =>
        index < _onDelete.Count
            ? _onDelete[index](this, reference, () => RunDeletePipelineAsync(reference, index + 1, cancellationToken))
            : Adapter.DeleteActivityAsync(this, reference, cancellationToken);

    public ITurnContext OnSendActivities(SendActivitiesHandler handler)
    {
        _onSend.Add(handler ?? throw new ArgumentNullException(nameof(handler)));
        return this;
    }

    public ITurnContext OnUpdateActivity(UpdateActivityHandler handler)
    {
        _onUpdate.Add(handler ?? throw new ArgumentNullException(nameof(handler)));
        return this;
    }

    public ITurnContext OnDeleteActivity(DeleteActivityHandler handler)
    {
        _onDelete.Add(handler ?? throw new ArgumentNullException(nameof(handler)));
        return this;
    }
}
