using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CareerBot.Advisor.Feedback;

/// <summary>
/// Deletes the ratings older than <see cref="FeedbackOptions.RetentionDays"/>: once when the host starts, then every
/// <see cref="Interval"/>. Nothing runs when the retention is 0 (keep forever). A failed purge is logged and tried
/// again at the next interval rather than stopping the host: keeping a rating a day longer harms nobody.
/// </summary>
internal sealed partial class FeedbackRetention(
    IFeedbackStore store,
    IOptions<FeedbackOptions> options,
    TimeProvider timeProvider,
    ILogger<FeedbackRetention> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromHours(24);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var retentionDays = options.Value.RetentionDays;
        if (retentionDays == 0)
        {
            LogKeptForever(logger);
            return;
        }

        var retention = TimeSpan.FromDays(retentionDays);
        using var timer = new PeriodicTimer(Interval, timeProvider);
        do
        {
            await PurgeAsync(retention, stoppingToken).ConfigureAwait(false);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    private async Task PurgeAsync(TimeSpan retention, CancellationToken stoppingToken)
    {
        var cutoff = timeProvider.GetUtcNow() - retention;
        try
        {
            var purged = await store.DeleteOlderThanAsync(cutoff, stoppingToken).ConfigureAwait(false);
            LogPurged(logger, purged, cutoff);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The exception comes from the store (SQLite, I/O), never carries a user's text.
            LogPurgeFailed(logger, ex, Interval.TotalHours);
        }
    }

    [LoggerMessage(EventId = 4201, Level = LogLevel.Information, Message = "Feedback retention: {Purged} ratings older than {Cutoff:O} deleted")]
    private static partial void LogPurged(ILogger logger, int purged, DateTimeOffset cutoff);

    [LoggerMessage(EventId = 4202, Level = LogLevel.Warning, Message = "Feedback retention: the purge failed; next try in {Hours} h")]
    private static partial void LogPurgeFailed(ILogger logger, Exception exception, double hours);

    [LoggerMessage(EventId = 4203, Level = LogLevel.Information, Message = "Feedback retention: RetentionDays is 0, ratings are kept forever")]
    private static partial void LogKeptForever(ILogger logger);
}
