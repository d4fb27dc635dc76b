using System.Collections.Concurrent;
using CareerBot.BotFramework.Builder;
using CareerBot.BotFramework.Schema;

namespace CareerBot.BotFramework.Tests.Builder.Streaming;

/// <summary>
/// An adapter whose answer to each send is scripted (an id, no id, or an exception), for the failures a channel can
/// answer a stream with. <see cref="Attempts"/> keeps every activity the bot tried to send, as it was then.
/// </summary>
internal sealed class ScriptedAdapter : BotAdapter
{
    private readonly ConcurrentQueue<Func<Activity, ResourceResponse>> _script = new();
    private readonly ConcurrentQueue<Activity> _attempts = new();

    public IReadOnlyList<Activity> Attempts => [.. _attempts];

    /// <summary>Answers the next sends in turn; once the script is used up, every send gets a fresh id.</summary>
    public void Script(params Func<Activity, ResourceResponse>[] answers)
    {
        foreach (var answer in answers)
        {
            _script.Enqueue(answer);
        }
    }

    public override Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        var responses = new ResourceResponse[activities.Count];
        for (var i = 0; i < activities.Count; i++)
        {
            // A snapshot: the sender may change the activity after a refusal (a final message sent again plainly).
            var snapshot = BotJson.Deserialize<Activity>(BotJson.Serialize(activities[i]))!;
            _attempts.Enqueue(snapshot);
            responses[i] = _script.TryDequeue(out var answer) ? answer(snapshot) : new ResourceResponse($"id-{_attempts.Count}");
        }

        return Task.FromResult(responses);
    }

    public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken) =>
        throw new NotSupportedException("Streaming never updates an activity.");

    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken) =>
        throw new NotSupportedException("Streaming never deletes an activity.");
}
