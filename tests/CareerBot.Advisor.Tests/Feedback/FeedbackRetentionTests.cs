using System.Threading.Channels;
using CareerBot.Advisor.Feedback;
using CareerBot.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using static CareerBot.Advisor.Tests.Feedback.FeedbackSamples;

namespace CareerBot.Advisor.Tests.Feedback;

/// <summary>The retention purge on a fake clock: at start, then each time 24 hours have passed.</summary>
public sealed class FeedbackRetentionTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    private readonly FakeTimeProvider _time = new(Noon);
    private readonly CapturingLogger<FeedbackRetention> _logger = new();
    private readonly RecordingStore _store = new();

    private FeedbackRetention Create(int retentionDays) =>
        new(_store, Options.Create(new FeedbackOptions { RetentionDays = retentionDays }), _time, _logger);

    [Fact]
    public async Task Purges_the_ratings_older_than_the_retention_at_start_then_every_24_hours()
    {
        await _store.SaveAsync(Rating("ancient", Noon.AddDays(-400), comment: "secret words"));
        await _store.SaveAsync(Rating("29-and-a-half-days", Noon.AddDays(-29.5)));
        await _store.SaveAsync(Rating("recent", Noon.AddDays(-1)));
        using var retention = Create(retentionDays: 30);

        await retention.StartAsync(CancellationToken.None);
        var first = await _store.Purges.Reader.ReadAsync().AsTask().WaitAsync(Wait);
        Assert.Equal((Noon.AddDays(-30), (int?)1), first);

        // 23 h later nothing is due; at 24 h the purge runs with the clock's new time.
        _time.Advance(TimeSpan.FromHours(23));
        _time.Advance(TimeSpan.FromHours(1));
        var second = await _store.Purges.Reader.ReadAsync().AsTask().WaitAsync(Wait);
        Assert.Equal((Noon.AddDays(-29), (int?)1), second);

        await retention.StopAsync(CancellationToken.None);
        Assert.Equal(["recent"], _store.Ids());
        Assert.Contains(_logger.Entries, e => e.Level == LogLevel.Information && e.Message.Contains("1 ratings older than", StringComparison.Ordinal));
        Assert.DoesNotContain(_logger.Entries, e => e.Message.Contains("secret", StringComparison.Ordinal) || e.Message.Contains("salaire", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_failed_purge_is_logged_and_tried_again_the_next_day()
    {
        _store.FailNext = true;
        using var retention = Create(retentionDays: 10);

        await retention.StartAsync(CancellationToken.None);
        var failed = await _store.Purges.Reader.ReadAsync().AsTask().WaitAsync(Wait);
        _time.Advance(TimeSpan.FromHours(24));
        var retried = await _store.Purges.Reader.ReadAsync().AsTask().WaitAsync(Wait);

        Assert.Equal((Noon.AddDays(-10), (int?)null), failed);
        Assert.Equal((Noon.AddDays(1 - 10), (int?)0), retried);
        Assert.False(retention.ExecuteTask!.IsFaulted);
        Assert.Contains(_logger.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("purge failed", StringComparison.Ordinal));
        await retention.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task A_retention_of_0_keeps_every_rating_and_runs_nothing()
    {
        await _store.SaveAsync(Rating("ancient", Noon.AddDays(-4000)));
        using var retention = Create(retentionDays: 0);

        await retention.StartAsync(CancellationToken.None);
        await retention.ExecuteTask!.WaitAsync(Wait);

        Assert.False(_store.Purges.Reader.TryRead(out _));
        Assert.Equal(["ancient"], _store.Ids());
        Assert.Contains(_logger.Entries, e => e.Message.Contains("kept forever", StringComparison.Ordinal));
    }

    /// <summary>A memory store that reports each purge (its cutoff and count, null when it failed), and can fail one on request.</summary>
    private sealed class RecordingStore : IFeedbackStore
    {
        private readonly MemoryFeedbackStore _inner = new();

        public Channel<(DateTimeOffset Cutoff, int? Deleted)> Purges { get; } = Channel.CreateUnbounded<(DateTimeOffset, int?)>();

        public bool FailNext { get; set; }

        public Task SaveAsync(FeedbackRecord record, CancellationToken cancellationToken = default) => _inner.SaveAsync(record, cancellationToken);

        public Task<FeedbackRecord?> FindAsync(string id, CancellationToken cancellationToken = default) => _inner.FindAsync(id, cancellationToken);

        public IAsyncEnumerable<FeedbackRecord> ReadAsync(DateTimeOffset? since = null, CancellationToken cancellationToken = default) => _inner.ReadAsync(since, cancellationToken);

        public async Task<int> DeleteOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default)
        {
            if (FailNext)
            {
                FailNext = false;
                await Purges.Writer.WriteAsync((cutoff, null), cancellationToken);
                throw new IOException("disk gone");
            }

            var deleted = await _inner.DeleteOlderThanAsync(cutoff, cancellationToken);
            await Purges.Writer.WriteAsync((cutoff, deleted), cancellationToken);
            return deleted;
        }

        public string[] Ids() => [.. _inner.ReadAsync().ToBlockingEnumerable().Select(r => r.Id)];
    }
}
