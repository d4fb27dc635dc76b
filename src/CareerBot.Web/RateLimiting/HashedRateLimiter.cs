using System.Threading.RateLimiting;

namespace CareerBot.Web.RateLimiting;

/// <summary>
/// A <see cref="PartitionedRateLimiter{TResource}"/> over <see cref="HashedTokenBuckets"/>, for ASP.NET Core's rate
/// limiting middleware and the CloudAdapter: <paramref name="partitionOf"/> gives the resource's partition hash, or
/// null for a resource this limiter does not limit. A refusal carries <see cref="MetadataName.RetryAfter"/> and, as
/// <see cref="MetadataName.ReasonPhrase"/>, <paramref name="name"/>. Requests are never queued.
/// </summary>
internal sealed class HashedRateLimiter<TResource>(string name, HashedTokenBuckets buckets, Func<TResource, int?> partitionOf)
    : PartitionedRateLimiter<TResource>
{
    private static readonly RateLimitLease Acquired = new Lease(true, name: null, TimeSpan.Zero);

    public string Name { get; } = name;

    public override RateLimiterStatistics? GetStatistics(TResource resource) => null;

    protected override RateLimitLease AttemptAcquireCore(TResource resource, int permitCount)
    {
        var partition = partitionOf(resource);
        if (partition is null || buckets.TryTake(partition.Value, permitCount, out var retryAfter))
        {
            return Acquired;
        }

        return new Lease(false, Name, retryAfter);
    }

    protected override ValueTask<RateLimitLease> AcquireAsyncCore(TResource resource, int permitCount, CancellationToken cancellationToken) =>
        ValueTask.FromResult(AttemptAcquireCore(resource, permitCount));

    private sealed class Lease(bool isAcquired, string? name, TimeSpan retryAfter) : RateLimitLease
    {
        public override bool IsAcquired => isAcquired;

        public override IEnumerable<string> MetadataNames => isAcquired ? [] : [MetadataName.RetryAfter.Name, MetadataName.ReasonPhrase.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            if (isAcquired)
            {
                return false;
            }

            if (metadataName == MetadataName.RetryAfter.Name)
            {
                metadata = retryAfter;
                return true;
            }

            if (metadataName == MetadataName.ReasonPhrase.Name)
            {
                metadata = name;
                return true;
            }

            return false;
        }
    }
}
