using System.Net;
using System.Text.Json;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using CareerBot.BotFramework.State;

namespace CareerBot.Azure.State;

/// <summary>
/// <see cref="IStorage"/> on Azure Blob Storage, shared by every instance of the bot: one JSON blob per key (name
/// escaped by <see cref="StorageKeyEscape"/>), the blob's own eTag as the item's version, and the eTag rules enforced
/// by the service with <c>If-Match</c> / <c>If-None-Match: *</c>. Blob Storage has no multi-blob transaction: every
/// precondition of a batch is checked before anything is written, so a batch that is already stale writes nothing,
/// but a writer racing in between the check and the writes can still leave part of a batch written.
/// </summary>
public sealed class BlobStorage : IStorage, IStorageHealth
{
    private readonly BlobContainerClient _container;
    private Lazy<Task> _created;

    public BlobStorage(BlobContainerClient container)
    {
        ArgumentNullException.ThrowIfNull(container);
        _container = container;
        // Created once, on first use, so that the host starts even while the account is briefly unreachable.
        _created = NewCreation();
    }

    public async Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        var distinct = StorageArguments.DistinctKeys(keys, nameof(keys));
        await EnsureContainerAsync(cancellationToken).ConfigureAwait(false);
        var reads = await Task.WhenAll(distinct.Select(key => ReadOneAsync(key, cancellationToken))).ConfigureAwait(false);
        return reads.Where(r => r.Item is not null).ToDictionary(r => r.Key, r => r.Item!, StringComparer.Ordinal);
    }

    public async Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken = default)
    {
        StorageArguments.ValidateChanges(changes, nameof(changes));
        await EnsureContainerAsync(cancellationToken).ConfigureAwait(false);

        var conditional = changes.Where(c => c.Value.CreateOnly || StorageArguments.RequiresMatch(c.Value)).ToList();
        if (changes.Count > 1 && conditional.Count > 0)
        {
            var current = await ReadETagsAsync(conditional.Select(c => c.Key), cancellationToken).ConfigureAwait(false);
            ConditionalBatch.ThrowIfStale(conditional.Select(c => (c.Key, c.Value, current[c.Key])));
        }

        var writes = await Task.WhenAll(changes.Select(c => WriteOneAsync(c.Key, c.Value, cancellationToken))).ConfigureAwait(false);
        return ConditionalBatch.ETagsOrConflict(writes);
    }

    public async Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        var distinct = StorageArguments.DistinctKeys(keys, nameof(keys));
        await EnsureContainerAsync(cancellationToken).ConfigureAwait(false);
        await Task.WhenAll(distinct.Select(key => Blob(key).DeleteIfExistsAsync(cancellationToken: cancellationToken))).ConfigureAwait(false);
    }

    public async Task<bool> IsReadyAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await EnsureContainerAsync(cancellationToken).ConfigureAwait(false);
            return await _container.ExistsAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is RequestFailedException or HttpRequestException or AggregateException)
        {
            return false;
        }
    }

    private BlobClient Blob(string key) => _container.GetBlobClient(StorageKeyEscape.EscapeKey(key));

    private async Task EnsureContainerAsync(CancellationToken cancellationToken)
    {
        var created = _created;
        try
        {
            await created.Value.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException)
        {
            // The next call tries again rather than the failure being kept for the life of the process.
            Interlocked.CompareExchange(ref _created, NewCreation(), created);
            throw;
        }
    }

    private Lazy<Task> NewCreation() =>
        new(() => _container.CreateIfNotExistsAsync(), LazyThreadSafetyMode.ExecutionAndPublication);

    private async Task<(string Key, StoreItem? Item)> ReadOneAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            var response = await Blob(key).DownloadContentAsync(cancellationToken).ConfigureAwait(false);
            using var document = JsonDocument.Parse(response.Value.Content.ToMemory());
            return (key, new StoreItem(document.RootElement.Clone(), response.Value.Details.ETag.ToString()));
        }
        catch (RequestFailedException ex) when (ex.Status == (int)HttpStatusCode.NotFound)
        {
            return (key, null);
        }
    }

    private async Task<Dictionary<string, string?>> ReadETagsAsync(IEnumerable<string> keys, CancellationToken cancellationToken)
    {
        var found = await Task.WhenAll(keys.Select(async key =>
        {
            try
            {
                var properties = await Blob(key).GetPropertiesAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
                return (key, (string?)properties.Value.ETag.ToString());
            }
            catch (RequestFailedException ex) when (ex.Status == (int)HttpStatusCode.NotFound)
            {
                return (key, null);
            }
        })).ConfigureAwait(false);
        return found.ToDictionary(f => f.key, f => f.Item2, StringComparer.Ordinal);
    }

    /// <summary>Writes one item under its condition; a null eTag in the result means the condition failed.</summary>
    private async Task<(string Key, string? ETag)> WriteOneAsync(string key, StoreItem item, CancellationToken cancellationToken)
    {
        var conditions = item.CreateOnly
            ? new BlobRequestConditions { IfNoneMatch = ETag.All }
            : StorageArguments.RequiresMatch(item) ? new BlobRequestConditions { IfMatch = new ETag(item.ETag!) } : null;
        var options = new BlobUploadOptions
        {
            Conditions = conditions,
            HttpHeaders = new BlobHttpHeaders { ContentType = "application/json" },
        };
        try
        {
            var content = BinaryData.FromBytes(JsonSerializer.SerializeToUtf8Bytes(item.Document));
            var response = await Blob(key).UploadAsync(content, options, cancellationToken).ConfigureAwait(false);
            return (key, response.Value.ETag.ToString());
        }
        catch (RequestFailedException ex) when (ex.Status is (int)HttpStatusCode.PreconditionFailed or (int)HttpStatusCode.Conflict or (int)HttpStatusCode.NotFound)
        {
            // 412: another version is stored; 409: the blob exists (create-only); 404: If-Match on a missing blob.
            return (key, null);
        }
    }
}
