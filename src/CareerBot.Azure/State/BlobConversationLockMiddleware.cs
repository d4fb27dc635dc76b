using System.Net;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using CareerBot.BotFramework.Builder;

namespace CareerBot.Azure.State;

/// <summary>
/// Runs the turns of one conversation one after the other across every instance sharing the Blob container, as
/// <see cref="ConversationLockMiddleware"/> does inside one process: the turn holds a lease on the blob
/// <c>locks/&lt;conversation&gt;</c>. Without it, two instances taking turns of one conversation at once both load the
/// same state and the second save fails on its eTag, so that user's message is answered with "sent at the same
/// time" and not kept. The lease lasts <see cref="LeaseDuration"/> (the longest finite lease): a crashed instance
/// frees it by expiry, and a turn longer than that is only protected by the eTags again. A turn that waits longer
/// than <see cref="MaxWait"/> runs without the lease, and the eTags decide.
/// </summary>
public sealed class BlobConversationLockMiddleware(BlobContainerClient container, TimeProvider time) : IMiddleware
{
    public static readonly TimeSpan LeaseDuration = TimeSpan.FromSeconds(60);

    public static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(30);

    private const string Prefix = "locks/";

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        var conversation = $"{turnContext.Activity.ChannelId}/{turnContext.Activity.Conversation?.Id}";
        var blob = container.GetBlobClient(Prefix + StorageKeyEscape.EscapeKey(conversation));
        var lease = blob.GetBlobLeaseClient();
        var held = await AcquireAsync(blob, lease, cancellationToken).ConfigureAwait(false);
        try
        {
            await next(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            if (held)
            {
                await ReleaseAsync(lease).ConfigureAwait(false);
            }
        }
    }

    private async Task<bool> AcquireAsync(BlobClient blob, BlobLeaseClient lease, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await lease.AcquireAsync(LeaseDuration, cancellationToken: cancellationToken).ConfigureAwait(false);
                return true;
            }
            catch (RequestFailedException ex) when (ex.Status == (int)HttpStatusCode.NotFound)
            {
                await CreateLockBlobAsync(blob, cancellationToken).ConfigureAwait(false);
            }
            catch (RequestFailedException ex) when (ex.Status == (int)HttpStatusCode.Conflict)
            {
                // Another turn of this conversation holds it: wait a little, longer as the wait goes on.
                if (time.GetElapsedTime(started) > MaxWait)
                {
                    return false;
                }

                await Task.Delay(TimeSpan.FromMilliseconds(Math.Min(20 * (attempt + 1), 200) + Random.Shared.Next(20)), time, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static async Task CreateLockBlobAsync(BlobClient blob, CancellationToken cancellationToken)
    {
        try
        {
            await blob.GetParentBlobContainerClient().CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            await blob.UploadAsync(BinaryData.Empty, new BlobUploadOptions { Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All } }, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status is (int)HttpStatusCode.Conflict or (int)HttpStatusCode.PreconditionFailed)
        {
            // Another turn created it first.
        }
    }

    private static async Task ReleaseAsync(BlobLeaseClient lease)
    {
        try
        {
            // Not the turn's token: a cancelled turn must still free the conversation for the next one.
            await lease.ReleaseAsync().ConfigureAwait(false);
        }
        catch (RequestFailedException)
        {
            // Expired and taken by another turn, or the service is unreachable: the lease expires by itself.
        }
    }
}
