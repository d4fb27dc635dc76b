namespace CareerBot.Web.RateLimiting;

/// <summary>
/// Token buckets for any number of partitions in a fixed amount of memory: a partition's hash picks one of
/// <see cref="BucketCount"/> buckets, so a flood of forged conversation ids or addresses can never grow a map (the
/// built-in partitioned limiter keeps one limiter per key until it idles, and scans them all ten times a second).
/// Two partitions may share a bucket; with limits far above human rates and hashes seeded per process (an attacker
/// cannot aim at a victim's bucket), sharing costs nothing in practice. Cost per request: a hash, a lock, arithmetic.
/// </summary>
internal sealed class HashedTokenBuckets
{
    public const int BucketCount = 16_384;

    // One lock per stripe of buckets: contention stays low without an object per bucket.
    private const int StripeCount = 256;

    private readonly double _permitsPerTick;
    private readonly double _burst;
    private readonly TimeProvider _time;
    private readonly double[] _tokens = new double[BucketCount];
    private readonly long[] _stamps = new long[BucketCount];
    private readonly Lock[] _stripes = [.. Enumerable.Range(0, StripeCount).Select(_ => new Lock())];

    public HashedTokenBuckets(TokenBucketSettings settings, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(settings);
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _permitsPerTick = settings.PermitsPerSecond / time.TimestampFrequency;
        _burst = settings.Burst;
    }

    /// <summary>Takes <paramref name="permits"/> from the partition's bucket, or says how long until they are there.</summary>
    public bool TryTake(int partitionHash, int permits, out TimeSpan retryAfter)
    {
        var index = (int)((uint)partitionHash % BucketCount);
        var now = _time.GetTimestamp();
        lock (_stripes[index % StripeCount])
        {
            // A bucket never used (stamp 0) starts full.
            var tokens = _stamps[index] == 0
                ? _burst
                : Math.Min(_burst, _tokens[index] + ((now - _stamps[index]) * _permitsPerTick));
            _stamps[index] = now;
            if (tokens >= permits)
            {
                _tokens[index] = tokens - permits;
                retryAfter = TimeSpan.Zero;
                return true;
            }

            _tokens[index] = tokens;
            retryAfter = _time.GetElapsedTime(0, (long)Math.Ceiling((permits - tokens) / _permitsPerTick));
            return false;
        }
    }
}
