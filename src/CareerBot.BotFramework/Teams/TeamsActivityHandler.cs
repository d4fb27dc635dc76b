using System.Net;
using CareerBot.BotFramework.Builder;
using CareerBot.BotFramework.Schema;

namespace CareerBot.BotFramework.Teams;

/// <summary>
/// An <see cref="ActivityHandler"/> that also reads Teams' own invokes into typed calls, as the Bot Builder SDK's
/// TeamsActivityHandler does: a bot overrides <see cref="OnTeamsFeedbackAsync"/> instead of walking the invoke's JSON.
/// </summary>
public abstract class TeamsActivityHandler : ActivityHandler
{
    protected override async Task<InvokeResponse> OnInvokeActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        if (activity.Name == TeamsFeedback.InvokeName && TeamsFeedback.Read(activity.Value) is { } feedback)
        {
            await OnTeamsFeedbackAsync(turnContext, feedback, activity.ReplyToId, cancellationToken).ConfigureAwait(false);
            return new InvokeResponse { Status = (int)HttpStatusCode.OK };
        }

        return await base.OnInvokeActivityAsync(turnContext, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The user rated a message with Teams' 👍/👎 (see <see cref="TeamsChannelData.WithFeedbackLoop"/>);
    /// <paramref name="ratedActivityId"/> is the id of that message. Answered 200 once this returns.
    /// </summary>
    protected virtual Task OnTeamsFeedbackAsync(ITurnContext turnContext, TeamsFeedback feedback, string? ratedActivityId, CancellationToken cancellationToken) =>
        Task.CompletedTask;
}
