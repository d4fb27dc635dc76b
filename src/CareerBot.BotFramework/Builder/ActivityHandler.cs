using System.Net;
using System.Text.Json;
using CareerBot.BotFramework.Schema;

namespace CareerBot.BotFramework.Builder;

/// <summary>
/// A bot that routes each activity type to a virtual method, like the official SDK's ActivityHandler:
/// override the ones the bot cares about; the others do nothing (invokes answer 501 Not Implemented).
/// </summary>
public class ActivityHandler : IBot
{
    public virtual async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        switch (activity.Type)
        {
            case ActivityTypes.Message:
                await OnMessageActivityAsync(turnContext, cancellationToken).ConfigureAwait(false);
                break;
            case ActivityTypes.ConversationUpdate:
                await OnConversationUpdateActivityAsync(turnContext, cancellationToken).ConfigureAwait(false);
                break;
            case ActivityTypes.InstallationUpdate:
                await OnInstallationUpdateActivityAsync(turnContext, cancellationToken).ConfigureAwait(false);
                break;
            case ActivityTypes.MessageReaction:
                await OnMessageReactionActivityAsync(turnContext, cancellationToken).ConfigureAwait(false);
                break;
            case ActivityTypes.MessageUpdate:
                await OnMessageUpdateActivityAsync(turnContext, cancellationToken).ConfigureAwait(false);
                break;
            case ActivityTypes.MessageDelete:
                await OnMessageDeleteActivityAsync(turnContext, cancellationToken).ConfigureAwait(false);
                break;
            case ActivityTypes.Event:
                await OnEventActivityAsync(turnContext, cancellationToken).ConfigureAwait(false);
                break;
            case ActivityTypes.Invoke:
                await RespondToInvokeAsync(turnContext, cancellationToken).ConfigureAwait(false);
                break;
            case ActivityTypes.Typing:
                await OnTypingActivityAsync(turnContext, cancellationToken).ConfigureAwait(false);
                break;
            case ActivityTypes.EndOfConversation:
                await OnEndOfConversationActivityAsync(turnContext, cancellationToken).ConfigureAwait(false);
                break;
            default:
                await OnUnrecognizedActivityTypeAsync(turnContext, cancellationToken).ConfigureAwait(false);
                break;
        }
    }

    protected virtual Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Splits a conversationUpdate into members added / removed, leaving out the bot itself.</summary>
    protected virtual async Task OnConversationUpdateActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        var botId = activity.Recipient?.Id;
        // A JSON null in the list is no member (a hostile or broken channel may send one).
        var added = activity.MembersAdded?.Where(m => m is not null && m.Id != botId).ToList();
        if (added is { Count: > 0 })
        {
            await OnMembersAddedAsync(added, turnContext, cancellationToken).ConfigureAwait(false);
        }

        var removed = activity.MembersRemoved?.Where(m => m is not null && m.Id != botId).ToList();
        if (removed is { Count: > 0 })
        {
            await OnMembersRemovedAsync(removed, turnContext, cancellationToken).ConfigureAwait(false);
        }
    }

    protected virtual Task OnMembersAddedAsync(IReadOnlyList<ChannelAccount> membersAdded, ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnMembersRemovedAsync(IReadOnlyList<ChannelAccount> membersRemoved, ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Teams sends installationUpdate with action add / add-upgrade / remove / remove-upgrade.</summary>
    protected virtual Task OnInstallationUpdateActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return turnContext.Activity.Action?.ToLowerInvariant() switch
        {
            "add" or "add-upgrade" => OnInstallationUpdateAddAsync(turnContext, cancellationToken),
            "remove" or "remove-upgrade" => OnInstallationUpdateRemoveAsync(turnContext, cancellationToken),
            _ => Task.CompletedTask,
        };
    }

    protected virtual Task OnInstallationUpdateAddAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnInstallationUpdateRemoveAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual async Task OnMessageReactionActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        if (activity.ReactionsAdded is { Count: > 0 })
        {
            await OnReactionsAddedAsync([.. activity.ReactionsAdded], turnContext, cancellationToken).ConfigureAwait(false);
        }

        if (activity.ReactionsRemoved is { Count: > 0 })
        {
            await OnReactionsRemovedAsync([.. activity.ReactionsRemoved], turnContext, cancellationToken).ConfigureAwait(false);
        }
    }

    protected virtual Task OnReactionsAddedAsync(IReadOnlyList<MessageReaction> reactions, ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnReactionsRemovedAsync(IReadOnlyList<MessageReaction> reactions, ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnMessageUpdateActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnMessageDeleteActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnEventActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// Answers an invoke. The default hands <c>adaptiveCard/action</c> to <see cref="OnAdaptiveCardInvokeAsync"/> and
    /// answers any other name 501 Not Implemented, which tells the channel (Teams) that the bot does not handle it
    /// rather than leaving it waiting.
    /// </summary>
    protected virtual async Task<InvokeResponse> OnInvokeActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        if (activity.Name != AdaptiveCardInvokeValue.InvokeName)
        {
            return new InvokeResponse { Status = (int)HttpStatusCode.NotImplemented };
        }

        if (ReadAdaptiveCardInvoke(activity) is not { } value)
        {
            // The client shows the card response's error, so the body says what was wrong, not just the status.
            var error = AdaptiveCardInvokeResponse.Error(HttpStatusCode.BadRequest, "BadRequest", "The value holds no Action.Execute action.");
            return new InvokeResponse { Status = (int)HttpStatusCode.BadRequest, Body = BotJson.ToElement(error) };
        }

        var response = await OnAdaptiveCardInvokeAsync(turnContext, value, cancellationToken).ConfigureAwait(false);
        return new InvokeResponse { Status = (int)HttpStatusCode.OK, Body = BotJson.ToElement(response) };
    }

    /// <summary>
    /// Answers an Adaptive Card <c>Action.Execute</c> (Universal Actions). The default says the verb is not supported;
    /// a bot that puts Action.Execute buttons in its cards overrides it.
    /// </summary>
    protected virtual Task<AdaptiveCardInvokeResponse> OnAdaptiveCardInvokeAsync(ITurnContext turnContext, AdaptiveCardInvokeValue invokeValue, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invokeValue);
        return Task.FromResult(AdaptiveCardInvokeResponse.Error(HttpStatusCode.NotImplemented, "NotImplemented", $"The verb '{invokeValue.Action?.Verb}' is not supported."));
    }

    protected virtual Task OnTypingActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnEndOfConversationActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnUnrecognizedActivityTypeAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    private static AdaptiveCardInvokeValue? ReadAdaptiveCardInvoke(Activity activity)
    {
        if (activity.Value is not { ValueKind: JsonValueKind.Object } json)
        {
            return null;
        }

        try
        {
            var value = json.Deserialize<AdaptiveCardInvokeValue>(BotJson.Options);
            return value?.Action is { Type: AdaptiveCardInvokeAction.ExecuteType } ? value : null;
        }
        catch (JsonException)
        {
            // An "action" of the wrong shape: the same bad request as a missing one.
            return null;
        }
    }

    private async Task RespondToInvokeAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var response = await OnInvokeActivityAsync(turnContext, cancellationToken).ConfigureAwait(false);
        // The adapter turns this activity into the HTTP response of the invoke (see CloudAdapter).
        await turnContext.SendActivityAsync(InvokeResponses.CreateActivity(response), cancellationToken).ConfigureAwait(false);
    }
}
