using System.Net;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using CareerBot.Advisor.Feedback;
using CareerBot.Azure.State;
using Microsoft.Azure.Cosmos;

namespace CareerBot.Azure.Feedback;

/// <summary>
/// <see cref="IFeedbackStore"/> on Azure Cosmos DB (its own container, partition key <c>/id</c>): one item per rating,
/// <c>{ "id": escaped id, "ticks": UTC ticks, "record": … }</c>. Reading and purging query on <c>ticks</c>; the order
/// (oldest first, ties by id) is applied here so the container needs no composite index.
/// </summary>
public sealed class CosmosFeedbackStore(CosmosContainerProvider container) : IFeedbackStore
{
    public async Task SaveAsync(FeedbackRecord record, CancellationToken cancellationToken = default)
    {
        var stored = FeedbackLimits.Normalize(record, nameof(record));
        var client = await container.GetAsync(cancellationToken).ConfigureAwait(false);
        var id = StorageKeyEscape.EscapeKey(stored.Id);
        var body = new JsonObject
        {
            ["id"] = id,
            ["ticks"] = stored.Timestamp.UtcTicks,
            ["record"] = JsonSerializer.SerializeToNode(stored, FeedbackJson.Options),
        };
        using var content = new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(body));
        using var response = await client.UpsertItemStreamAsync(content, new PartitionKey(id), cancellationToken: cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
    }

    public async Task<FeedbackRecord?> FindAsync(string id, CancellationToken cancellationToken = default)
    {
        FeedbackLimits.ValidateId(id, nameof(id));
        var client = await container.GetAsync(cancellationToken).ConfigureAwait(false);
        var escaped = StorageKeyEscape.EscapeKey(id);
        using var response = await client.ReadItemStreamAsync(escaped, new PartitionKey(escaped), cancellationToken: cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        response.EnsureSuccessStatusCode();
        using var item = await JsonDocument.ParseAsync(response.Content, cancellationToken: cancellationToken).ConfigureAwait(false);
        return item.RootElement.GetProperty("record").Deserialize<FeedbackRecord>(FeedbackJson.Options);
    }

    public async IAsyncEnumerable<FeedbackRecord> ReadAsync(DateTimeOffset? since = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var query = new QueryDefinition("SELECT c.record FROM c WHERE c.ticks >= @since").WithParameter("@since", since?.UtcTicks ?? long.MinValue);
        var records = new List<FeedbackRecord>();
        await foreach (var item in QueryAsync(query, cancellationToken).ConfigureAwait(false))
        {
            records.Add(item.GetProperty("record").Deserialize<FeedbackRecord>(FeedbackJson.Options)!);
        }

        records.Sort((a, b) => a.Timestamp != b.Timestamp ? a.Timestamp.CompareTo(b.Timestamp) : string.CompareOrdinal(a.Id, b.Id));
        foreach (var record in records)
        {
            yield return record;
        }
    }

    public async Task<int> DeleteOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default)
    {
        var client = await container.GetAsync(cancellationToken).ConfigureAwait(false);
        var query = new QueryDefinition("SELECT c.id FROM c WHERE c.ticks < @cutoff").WithParameter("@cutoff", cutoff.UtcTicks);
        var deleted = 0;
        await foreach (var item in QueryAsync(query, cancellationToken).ConfigureAwait(false))
        {
            var id = item.GetProperty("id").GetString()!;
            using var response = await client.DeleteItemStreamAsync(id, new PartitionKey(id), cancellationToken: cancellationToken).ConfigureAwait(false);
            if (response.IsSuccessStatusCode)
            {
                deleted++;
            }
            else if (response.StatusCode != HttpStatusCode.NotFound)
            {
                response.EnsureSuccessStatusCode();
            }
        }

        return deleted;
    }

    private async IAsyncEnumerable<JsonElement> QueryAsync(QueryDefinition query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var client = await container.GetAsync(cancellationToken).ConfigureAwait(false);
        using var iterator = client.GetItemQueryStreamIterator(query);
        while (iterator.HasMoreResults)
        {
            using var page = await iterator.ReadNextAsync(cancellationToken).ConfigureAwait(false);
            page.EnsureSuccessStatusCode();
            using var document = await JsonDocument.ParseAsync(page.Content, cancellationToken: cancellationToken).ConfigureAwait(false);
            foreach (var item in document.RootElement.GetProperty("Documents").EnumerateArray())
            {
                yield return item.Clone();
            }
        }
    }
}
