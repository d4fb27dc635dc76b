using CareerBot.BotFramework.Builder;
using CareerBot.BotFramework.State;
using CareerBot.Web.Resources;

namespace CareerBot.Web.Bot;

/// <summary>
/// The adapter's OnTurnError: logs the failure with the activity id (never the user's text) and tells the
/// user, in plain words, that something went wrong, so no message is ever met with silence.
/// </summary>
public sealed partial class BotErrorHandler(ILogger<BotErrorHandler> logger)
{
    public async Task HandleAsync(ITurnContext turnContext, Exception exception)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var conflict = exception is StorageConcurrencyException;
        if (conflict)
        {
            LogConflict(turnContext.Activity.Id, turnContext.Activity.Conversation?.Id);
        }
        else
        {
            LogFailure(exception, turnContext.Activity.Id, turnContext.Activity.Type);
        }

        try
        {
            await turnContext.SendActivityAsync(conflict ? BotMessages.ConcurrentTurn : BotMessages.TurnError).ConfigureAwait(false);
        }
        catch (Exception sendException) when (sendException is not OperationCanceledException)
        {
            // The channel itself may be what failed; the turn error is already logged above.
            LogApologyFailed(sendException, turnContext.Activity.Id);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled error in the turn of activity {ActivityId} ({ActivityType})")]
    private partial void LogFailure(Exception exception, string? activityId, string? activityType);

    [LoggerMessage(Level = LogLevel.Warning, Message = "State write conflict in the turn of activity {ActivityId}, conversation {ConversationId}")]
    private partial void LogConflict(string? activityId, string? conversationId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not tell the user about the failed turn of activity {ActivityId}")]
    private partial void LogApologyFailed(Exception exception, string? activityId);
}
