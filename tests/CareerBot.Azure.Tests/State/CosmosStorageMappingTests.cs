using System.Net;
using System.Text;
using System.Text.Json;
using CareerBot.Azure.State;
using CareerBot.BotFramework.Schema;
using CareerBot.BotFramework.State;
using Microsoft.Azure.Cosmos;
using Moq;

namespace CareerBot.Azure.Tests.State;

/// <summary>
/// <see cref="CosmosStorage"/>'s requests and the mapping of Cosmos DB's answers, over a mocked
/// <see cref="Container"/>: no local Cosmos DB server works with the .NET SDK here (see docs/deployment.md, "Several instances").
/// </summary>
public sealed class CosmosStorageMappingTests
{
    private readonly Mock<Container> _container = new(MockBehavior.Strict);

    private CosmosStorage Storage => new(new CosmosContainerProvider(_container.Object));

    private static JsonElement Doc(object value) => BotJson.ToElement(value);

    [Fact]
    public async Task Read_uses_the_escaped_key_as_id_and_partition_and_maps_404_to_absent()
    {
        _container.Setup(c => c.ReadItemStreamAsync("conv*2Fa", new PartitionKey("conv*2Fa"), null, It.IsAny<CancellationToken>()))
            .ReturnsAsync(Item(HttpStatusCode.OK, "conv/a", new { count = 3 }, "\"e1\""));
        _container.Setup(c => c.ReadItemStreamAsync("missing", new PartitionKey("missing"), null, It.IsAny<CancellationToken>()))
            .ReturnsAsync(new ResponseMessage(HttpStatusCode.NotFound));

        var items = await Storage.ReadAsync(["conv/a", "missing"]);

        var item = Assert.Single(items);
        Assert.Equal("conv/a", item.Key);
        Assert.Equal(3, item.Value.Document.GetProperty("count").GetInt32());
        Assert.Equal("\"e1\"", item.Value.ETag);
    }

    [Fact]
    public async Task A_write_with_an_eTag_is_a_replace_if_match_and_412_is_a_concurrency_conflict()
    {
        _container.Setup(c => c.ReplaceItemStreamAsync(It.IsAny<Stream>(), "k", new PartitionKey("k"),
                It.Is<ItemRequestOptions>(o => o.IfMatchEtag == "\"old\""), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new ResponseMessage(HttpStatusCode.PreconditionFailed));

        var error = await Assert.ThrowsAsync<StorageConcurrencyException>(
            () => Storage.WriteAsync(new Dictionary<string, StoreItem> { ["k"] = new(Doc(new { v = 1 }), "\"old\"") }));

        Assert.Equal(["k"], error.Keys);
    }

    [Fact]
    public async Task A_create_only_write_is_a_create_and_409_is_a_concurrency_conflict()
    {
        _container.Setup(c => c.CreateItemStreamAsync(It.IsAny<Stream>(), new PartitionKey("k"), null, It.IsAny<CancellationToken>()))
            .ReturnsAsync(new ResponseMessage(HttpStatusCode.Conflict));

        await Assert.ThrowsAsync<StorageConcurrencyException>(
            () => Storage.WriteAsync(new Dictionary<string, StoreItem> { ["k"] = new(Doc(new { v = 1 })) { CreateOnly = true } }));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("*")]
    public async Task An_unconditional_write_is_an_upsert_of_id_key_and_document_and_returns_the_new_eTag(string? eTag)
    {
        string? body = null;
        _container.Setup(c => c.UpsertItemStreamAsync(It.IsAny<Stream>(), new PartitionKey("a*23b"), null, It.IsAny<CancellationToken>()))
            .Callback((Stream s, PartitionKey _, ItemRequestOptions _, CancellationToken _) => body = new StreamReader(s).ReadToEnd())
            .ReturnsAsync(WithETag(new ResponseMessage(HttpStatusCode.OK), "\"new\""));

        var eTags = await Storage.WriteAsync(new Dictionary<string, StoreItem> { ["a#b"] = new(Doc(new { v = 7 }), eTag) });

        Assert.Equal("\"new\"", eTags["a#b"]);
        using var sent = JsonDocument.Parse(body!);
        Assert.Equal("a*23b", sent.RootElement.GetProperty("id").GetString());
        Assert.Equal("a#b", sent.RootElement.GetProperty("key").GetString());
        Assert.Equal(7, sent.RootElement.GetProperty("document").GetProperty("v").GetInt32());
    }

    [Fact]
    public async Task A_stale_batch_is_refused_before_anything_is_written()
    {
        _container.Setup(c => c.ReadItemStreamAsync("a", new PartitionKey("a"), null, It.IsAny<CancellationToken>()))
            .ReturnsAsync(Item(HttpStatusCode.OK, "a", new { v = 1 }, "\"current\""));

        await Assert.ThrowsAsync<StorageConcurrencyException>(() => Storage.WriteAsync(new Dictionary<string, StoreItem>
        {
            ["a"] = new(Doc(new { v = 2 }), "\"stale\""),
            ["b"] = new(Doc(new { v = 3 })),
        }));

        // Strict mock: an upsert or replace would have thrown "invocation failed"; only the read happened.
        _container.Verify(c => c.ReadItemStreamAsync("a", new PartitionKey("a"), null, It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task Delete_ignores_a_missing_item_but_not_a_failure()
    {
        _container.Setup(c => c.DeleteItemStreamAsync("gone", new PartitionKey("gone"), null, It.IsAny<CancellationToken>()))
            .ReturnsAsync(new ResponseMessage(HttpStatusCode.NotFound));
        _container.Setup(c => c.DeleteItemStreamAsync("broken", new PartitionKey("broken"), null, It.IsAny<CancellationToken>()))
            .ReturnsAsync(new ResponseMessage(HttpStatusCode.Forbidden));

        await Storage.DeleteAsync(["gone"]);
        await Assert.ThrowsAsync<CosmosException>(() => Storage.DeleteAsync(["broken"]));
    }

    private static ResponseMessage Item(HttpStatusCode status, string key, object document, string eTag)
    {
        var json = JsonSerializer.Serialize(new { id = StorageKeyEscape.EscapeKey(key), key, document, _etag = eTag });
        return WithETag(new ResponseMessage(status) { Content = new MemoryStream(Encoding.UTF8.GetBytes(json)) }, eTag);
    }

    private static ResponseMessage WithETag(ResponseMessage response, string eTag)
    {
        response.Headers["etag"] = eTag;
        return response;
    }
}
