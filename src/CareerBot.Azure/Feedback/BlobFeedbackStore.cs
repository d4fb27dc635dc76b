using System.Globalization;
using System.Net;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using CareerBot.Advisor.Feedback;
using CareerBot.Azure.State;

namespace CareerBot.Azure.Feedback;

/// <summary>
/// <see cref="IFeedbackStore"/> on Azure Blob Storage, beside the bot state: one JSON blob per rating under
/// <c>feedback/</c> (state blob names are escaped and never hold a <c>/</c>, so the two cannot collide). The timestamp
/// is also kept in the blob's metadata so that listing, filtering and ordering need no download.
/// </summary>
public sealed class BlobFeedbackStore : IFeedbackStore
{
    private const string Prefix = "feedback/";
    private const string TimestampMetadata = "timestampticks";

    private readonly BlobContainerClient _container;
    private readonly Lazy<Task> _created;

    public BlobFeedbackStore(BlobContainerClient container)
    {
        ArgumentNullException.ThrowIfNull(container);
        _container = container;
        _created = new Lazy<Task>(() => _container.CreateIfNotExistsAsync(), LazyThreadSafetyMode.PublicationOnly);
    }

    public async Task SaveAsync(FeedbackRecord record, CancellationToken cancellationToken = default)
    {
        var stored = FeedbackLimits.Normalize(record, nameof(record));
        await _created.Value.WaitAsync(cancellationToken).ConfigureAwait(false);
        var options = new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = "application/json" },
            Metadata = new Dictionary<string, string> { [TimestampMetadata] = stored.Timestamp.UtcTicks.ToString(CultureInfo.InvariantCulture) },
        };
        var content = BinaryData.FromBytes(JsonSerializer.SerializeToUtf8Bytes(stored, FeedbackJson.Options));
        await Blob(stored.Id).UploadAsync(content, options, cancellationToken).ConfigureAwait(false);
    }

    public async Task<FeedbackRecord?> FindAsync(string id, CancellationToken cancellationToken = default)
    {
        FeedbackLimits.ValidateId(id, nameof(id));
        await _created.Value.WaitAsync(cancellationToken).ConfigureAwait(false);
        return await DownloadAsync(Blob(id), cancellationToken).ConfigureAwait(false);
    }

    public async IAsyncEnumerable<FeedbackRecord> ReadAsync(DateTimeOffset? since = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await _created.Value.WaitAsync(cancellationToken).ConfigureAwait(false);
        var listed = await ListAsync(cancellationToken).ConfigureAwait(false);
        var selected = listed.Where(b => since is null || b.Ticks >= since.Value.UtcTicks)
            .OrderBy(b => b.Ticks)
            .ThenBy(b => b.Id, StringComparer.Ordinal);
        foreach (var blob in selected)
        {
            // A rating deleted between the listing and its download is simply no longer there.
            var record = await DownloadAsync(_container.GetBlobClient(blob.Name), cancellationToken).ConfigureAwait(false);
            if (record is not null)
            {
                yield return record;
            }
        }
    }

    public async Task<int> DeleteOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default)
    {
        await _created.Value.WaitAsync(cancellationToken).ConfigureAwait(false);
        var old = (await ListAsync(cancellationToken).ConfigureAwait(false)).Where(b => b.Ticks < cutoff.UtcTicks).ToList();
        var deleted = await Task.WhenAll(old.Select(b => _container.GetBlobClient(b.Name).DeleteIfExistsAsync(cancellationToken: cancellationToken))).ConfigureAwait(false);
        return deleted.Count(d => d.Value);
    }

    private BlobClient Blob(string id) => _container.GetBlobClient(Prefix + StorageKeyEscape.EscapeKey(id));

    private async Task<List<(string Name, string Id, long Ticks)>> ListAsync(CancellationToken cancellationToken)
    {
        var listed = new List<(string, string, long)>();
        await foreach (var item in _container.GetBlobsAsync(BlobTraits.Metadata, BlobStates.None, Prefix, cancellationToken).ConfigureAwait(false))
        {
            var ticks = long.Parse(item.Metadata[TimestampMetadata], CultureInfo.InvariantCulture);
            listed.Add((item.Name, StorageKeyEscape.UnescapeKey(item.Name[Prefix.Length..]), ticks));
        }

        return listed;
    }

    private static async Task<FeedbackRecord?> DownloadAsync(BlobClient blob, CancellationToken cancellationToken)
    {
        try
        {
            var response = await blob.DownloadContentAsync(cancellationToken).ConfigureAwait(false);
            return response.Value.Content.ToObjectFromJson<FeedbackRecord>(FeedbackJson.Options);
        }
        catch (RequestFailedException ex) when (ex.Status == (int)HttpStatusCode.NotFound)
        {
            return null;
        }
    }
}
