using CareerBot.BotFramework.Schema;

namespace CareerBot.BotFramework.Builder;

/// <summary>Handler that observes or changes outgoing activities before they are sent.</summary>
public delegate Task<ResourceResponse[]> SendActivitiesHandler(ITurnContext turnContext, List<Activity> activities, Func<Task<ResourceResponse[]>> next);

/// <summary>Handler that observes or changes an activity update before it is sent.</summary>
public delegate Task<ResourceResponse> UpdateActivityHandler(ITurnContext turnContext, Activity activity, Func<Task<ResourceResponse>> next);

/// <summary>Handler that observes an activity deletion before it is sent.</summary>
public delegate Task DeleteActivityHandler(ITurnContext turnContext, ConversationReference reference, Func<Task> next);

/// <summary>Everything one turn knows: the incoming activity, a per-turn state bag, and the way to answer.</summary>
public interface ITurnContext
{
    BotAdapter Adapter { get; }

    /// <summary>The incoming activity.</summary>
    Activity Activity { get; }

    /// <summary>Services and cached values that live for this turn only (state caches, the connector client…).</summary>
    TurnContextStateCollection TurnState { get; }

    /// <summary>True once the bot has sent at least one message activity in this turn.</summary>
    bool Responded { get; }

    Task<ResourceResponse?> SendActivityAsync(string text, string? speak = null, string inputHint = InputHints.AcceptingInput, CancellationToken cancellationToken = default);

    Task<ResourceResponse?> SendActivityAsync(Activity activity, CancellationToken cancellationToken = default);

    Task<ResourceResponse[]> SendActivitiesAsync(IEnumerable<Activity> activities, CancellationToken cancellationToken = default);

    Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken = default);

    Task DeleteActivityAsync(string activityId, CancellationToken cancellationToken = default);

    ITurnContext OnSendActivities(SendActivitiesHandler handler);

    ITurnContext OnUpdateActivity(UpdateActivityHandler handler);

    ITurnContext OnDeleteActivity(DeleteActivityHandler handler);
}
