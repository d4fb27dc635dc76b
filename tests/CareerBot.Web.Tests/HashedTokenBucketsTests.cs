using CareerBot.Web.RateLimiting;
using Microsoft.Extensions.Time.Testing;

namespace CareerBot.Web.Tests;

[Collection(SerialMeasurements.Name)]
public sealed class HashedTokenBucketsTests
{
    private readonly FakeTimeProvider _time = new();

    [Fact]
    public void A_bucket_gives_its_burst_then_refills_at_the_rate_and_never_above_the_burst()
    {
        var buckets = new HashedTokenBuckets(new TokenBucketSettings { PermitsPerSecond = 2, Burst = 4 }, _time);

        for (var i = 0; i < 4; i++)
        {
            Assert.True(buckets.TryTake(42, 1, out _));
        }

        Assert.False(buckets.TryTake(42, 1, out var retryAfter));
        Assert.Equal(TimeSpan.FromMilliseconds(500), retryAfter);

        _time.Advance(TimeSpan.FromMilliseconds(500));
        Assert.True(buckets.TryTake(42, 1, out _));
        Assert.False(buckets.TryTake(42, 1, out _));

        // An hour idle refills to the burst, not to 7 200 permits.
        _time.Advance(TimeSpan.FromHours(1));
        Assert.Equal(4, Enumerable.Range(0, 10).Count(_ => buckets.TryTake(42, 1, out TimeSpan _)));
    }

    [Fact]
    public void Partitions_do_not_share_a_bucket_unless_their_hashes_collide()
    {
        var buckets = new HashedTokenBuckets(new TokenBucketSettings { PermitsPerSecond = 1, Burst = 1 }, _time);

        Assert.True(buckets.TryTake(1, 1, out _));
        Assert.False(buckets.TryTake(1, 1, out _));
        Assert.True(buckets.TryTake(2, 1, out _));
        // Same bucket index, modulo the bucket count.
        Assert.False(buckets.TryTake(1 + HashedTokenBuckets.BucketCount, 1, out _));
    }

    [Fact]
    public void A_million_forged_partitions_take_no_memory_beyond_the_fixed_buckets()
    {
        var limiter = new HashedRateLimiter<string>("per-conversation", new HashedTokenBuckets(new TokenBucketSettings { PermitsPerSecond = 5, Burst = 30 }, _time), id => id.GetHashCode(StringComparison.Ordinal));
        using (limiter.AttemptAcquire("warm-up"))
        {
        }

        var before = GC.GetTotalMemory(forceFullCollection: true);
        for (var i = 0; i < 1_000_000; i++)
        {
            using var lease = limiter.AttemptAcquire("forged-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        var after = GC.GetTotalMemory(forceFullCollection: true);

        // The built-in partitioned limiter would hold a limiter per id here (hundreds of MB).
        Assert.True(after - before < 1024 * 1024, $"Memory grew by {after - before} bytes.");
    }
}
