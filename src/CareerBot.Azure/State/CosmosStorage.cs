using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using CareerBot.BotFramework.State;
using Microsoft.Azure.Cosmos;

namespace CareerBot.Azure.State;

/// <summary>
/// <see cref="IStorage"/> on Azure Cosmos DB, shared by every instance of the bot: one item per key,
/// <c>{ "id": escaped key, "key": key, "document": … }</c>, partitioned by id, the item's <c>_etag</c> as the version;
/// the eTag rules are enforced by the service (replace with <c>IfMatchEtag</c>, create for create-only). It uses the
/// SDK's stream API so the documents stay System.Text.Json end to end. A batch spans several partitions, so it
/// cannot be one transaction: every precondition is checked before anything is written, so a batch that is already
/// stale writes nothing, but a writer racing in between can still leave part of a batch written.
/// </summary>
public sealed class CosmosStorage(CosmosContainerProvider container) : IStorage, IStorageHealth
{
    public async Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        var distinct = StorageArguments.DistinctKeys(keys, nameof(keys));
        var client = await container.GetAsync(cancellationToken).ConfigureAwait(false);
        var reads = await Task.WhenAll(distinct.Select(key => ReadOneAsync(client, key, cancellationToken))).ConfigureAwait(false);
        return reads.Where(r => r.Item is not null).ToDictionary(r => r.Key, r => r.Item!, StringComparer.Ordinal);
    }

    public async Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken = default)
    {
        StorageArguments.ValidateChanges(changes, nameof(changes));
        var client = await container.GetAsync(cancellationToken).ConfigureAwait(false);

        var conditional = changes.Where(c => c.Value.CreateOnly || StorageArguments.RequiresMatch(c.Value)).ToList();
        if (changes.Count > 1 && conditional.Count > 0)
        {
            var current = await Task.WhenAll(conditional.Select(c => ReadOneAsync(client, c.Key, cancellationToken))).ConfigureAwait(false);
            ConditionalBatch.ThrowIfStale(conditional.Zip(current).Select(p => (p.First.Key, p.First.Value, p.Second.Item?.ETag)));
        }

        var writes = await Task.WhenAll(changes.Select(c => WriteOneAsync(client, c.Key, c.Value, cancellationToken))).ConfigureAwait(false);
        return ConditionalBatch.ETagsOrConflict(writes);
    }

    public async Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        var distinct = StorageArguments.DistinctKeys(keys, nameof(keys));
        var client = await container.GetAsync(cancellationToken).ConfigureAwait(false);
        await Task.WhenAll(distinct.Select(async key =>
        {
            var id = StorageKeyEscape.EscapeKey(key);
            using var response = await client.DeleteItemStreamAsync(id, new PartitionKey(id), cancellationToken: cancellationToken).ConfigureAwait(false);
            if (response.StatusCode != HttpStatusCode.NotFound)
            {
                response.EnsureSuccessStatusCode();
            }
        })).ConfigureAwait(false);
    }

    public async Task<bool> IsReadyAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            var client = await container.GetAsync(cancellationToken).ConfigureAwait(false);
            using var response = await client.ReadContainerStreamAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            return response.IsSuccessStatusCode;
        }
        catch (Exception ex) when (ex is CosmosException or HttpRequestException)
        {
            return false;
        }
    }

    private static async Task<(string Key, StoreItem? Item)> ReadOneAsync(Container client, string key, CancellationToken cancellationToken)
    {
        var id = StorageKeyEscape.EscapeKey(key);
        using var response = await client.ReadItemStreamAsync(id, new PartitionKey(id), cancellationToken: cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return (key, null);
        }

        response.EnsureSuccessStatusCode();
        using var item = await JsonDocument.ParseAsync(response.Content, cancellationToken: cancellationToken).ConfigureAwait(false);
        var eTag = response.Headers.ETag ?? item.RootElement.GetProperty("_etag").GetString()!;
        return (key, new StoreItem(item.RootElement.GetProperty("document").Clone(), eTag));
    }

    /// <summary>Writes one item under its condition; a null eTag in the result means the condition failed.</summary>
    private static async Task<(string Key, string? ETag)> WriteOneAsync(Container client, string key, StoreItem change, CancellationToken cancellationToken)
    {
        var id = StorageKeyEscape.EscapeKey(key);
        var body = new JsonObject { ["id"] = id, ["key"] = key, ["document"] = JsonNode.Parse(change.Document.GetRawText()) };
        using var content = new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(body));
        var partition = new PartitionKey(id);
        using var response = change.CreateOnly
            ? await client.CreateItemStreamAsync(content, partition, cancellationToken: cancellationToken).ConfigureAwait(false)
            : StorageArguments.RequiresMatch(change)
                ? await client.ReplaceItemStreamAsync(content, id, partition, new ItemRequestOptions { IfMatchEtag = change.ETag }, cancellationToken).ConfigureAwait(false)
                : await client.UpsertItemStreamAsync(content, partition, cancellationToken: cancellationToken).ConfigureAwait(false);

        // 412: another version is stored; 409: the item exists (create-only); 404: replace of a missing item.
        if (response.StatusCode is HttpStatusCode.PreconditionFailed or HttpStatusCode.Conflict or HttpStatusCode.NotFound)
        {
            return (key, null);
        }

        response.EnsureSuccessStatusCode();
        return (key, response.Headers.ETag);
    }
}
