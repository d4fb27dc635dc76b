using System.Diagnostics;
using Activity = CareerBot.BotFramework.Schema.Activity;
using CareerBot.BotFramework.Schema;

namespace CareerBot.BotFramework.Builder;

/// <summary>
/// Connects a bot to a channel: runs the middleware pipeline for each incoming activity and carries the
/// bot's outgoing activities to the channel.
/// </summary>
public abstract class BotAdapter
{
    public MiddlewareSet MiddlewareSet { get; } = new();

    /// <summary>Called when the pipeline throws; the default rethrows.</summary>
    public Func<ITurnContext, Exception, Task>? OnTurnError { get; set; }

    public BotAdapter Use(IMiddleware middleware)
    {
        MiddlewareSet.Use(middleware);
        return this;
    }

    public abstract Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, IReadOnlyList<Activity> activities, CancellationToken cancellationToken);

    public abstract Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken);

    public abstract Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken);

    /// <summary>
    /// Runs the middleware then <paramref name="callback"/>; hands exceptions to <see cref="OnTurnError"/>. Every turn
    /// is one span and one <see cref="BotTelemetry.TurnDuration"/> measurement, whatever adapter runs it.
    /// </summary>
    protected async Task RunPipelineAsync(ITurnContext turnContext, BotCallbackHandler? callback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var tags = new TagList
        {
            { BotTelemetry.ChannelTag, turnContext.Activity.ChannelId ?? "unknown" },
            { BotTelemetry.TypeTag, turnContext.Activity.Type ?? "unknown" },
        };
        using var span = BotTelemetry.Source.StartActivity(BotTelemetry.TurnSpan, ActivityKind.Internal, parentContext: default, tags);
        var started = Stopwatch.GetTimestamp();
        var outcome = "ok";
        try
        {
            await MiddlewareSet.ReceiveActivityAsync(turnContext, callback, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            outcome = "cancelled";
            throw;
        }
        catch (Exception ex)
        {
            outcome = "error";
            BotTelemetry.TurnErrorCount.Add(1, tags);
            span?.SetStatus(ActivityStatusCode.Error, ex.GetType().Name);
            if (OnTurnError is null)
            {
                throw;
            }

            await OnTurnError(turnContext, ex).ConfigureAwait(false);
        }
        finally
        {
            tags.Add(BotTelemetry.OutcomeTag, outcome);
            span?.SetTag(BotTelemetry.OutcomeTag, outcome);
            BotTelemetry.TurnDurationMs.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds, tags);
        }
    }
}
