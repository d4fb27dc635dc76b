using System.Text.Json;
using Azure.Storage.Blobs;
using CareerBot.Azure.State;
using CareerBot.BotFramework.State;
using CareerBot.BotFramework.Tests.State;

namespace CareerBot.Azure.Tests.State;

/// <summary>The IStorage contract, and what is particular to Blob, against a real Azurite.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class BlobStorageTests(AzuriteFixture azurite) : StorageContractTests
{
    protected override IStorage CreateStorage() => new BlobStorage(azurite.NewContainer());

    [Theory]
    [InlineData("msteams/conversations/19:abc#thread?x=1\\y")]
    [InlineData("webchat/users/ends.with.dot.")]
    public async Task KeysWithReservedCharacters_RoundTrip(string key)
    {
        await Storage.WriteAsync(new Dictionary<string, StoreItem> { [key] = new(Doc(new { v = 1 })) });

        Assert.Equal(1, (await Storage.ReadAsync([key]))[key].Document.GetProperty("v").GetInt32());
    }

    [Fact]
    public async Task AKeyThatLooksEscaped_IsNotConfusedWithTheKeyItLooksLike()
    {
        await Storage.WriteAsync(new Dictionary<string, StoreItem> { ["a/b"] = new(Doc(new { v = 1 })), ["a*2Fb"] = new(Doc(new { v = 2 })) });

        var items = await Storage.ReadAsync(["a/b", "a*2Fb"]);

        Assert.Equal(1, items["a/b"].Document.GetProperty("v").GetInt32());
        Assert.Equal(2, items["a*2Fb"].Document.GetProperty("v").GetInt32());
    }

    [Fact]
    public async Task OneBlobPerKey_NamedByTheEscapedKey()
    {
        var container = azurite.NewContainer();
        var storage = new BlobStorage(container);

        await storage.WriteAsync(new Dictionary<string, StoreItem> { ["a/b#c"] = new(Doc(new { v = 1 })) });

        var names = new List<string>();
        await foreach (var blob in container.GetBlobsAsync())
        {
            names.Add(blob.Name);
        }

        Assert.Equal(["a*2Fb*23c"], names);
        var stored = await container.GetBlobClient("a*2Fb*23c").DownloadContentAsync();
        Assert.Equal(1, JsonDocument.Parse(stored.Value.Content.ToMemory()).RootElement.GetProperty("v").GetInt32());
    }

    [Fact]
    public async Task TwoStoresOnOneContainer_ShareStateAndConflicts()
    {
        var container = azurite.NewContainer();
        var first = new BlobStorage(container);
        var second = new BlobStorage(azurite.NewContainerNamed(container.Name));

        await first.WriteAsync(new Dictionary<string, StoreItem> { ["shared"] = new(Doc(new Counter(0))) });

        var successes = await IncrementConcurrentlyAsync([first, second, first, second], "shared", incrementsPerWorker: 5);

        Assert.Equal(20, successes);
        Assert.Equal(20, (await ReadCounterAsync(second, "shared")).Count);
    }

    [Fact]
    public async Task IsReady_IsFalseWhenTheServiceCannotBeReached()
    {
        var port = CareerBot.EndToEnd.Tests.BotProcess.FreePort();
        var unreachable = new BlobContainerClient(
            azurite.ConnectionString[..azurite.ConnectionString.IndexOf("BlobEndpoint=", StringComparison.Ordinal)] + $"BlobEndpoint=http://127.0.0.1:{port}/devstoreaccount1;",
            "c",
            new BlobClientOptions { Retry = { MaxRetries = 0 } });

        Assert.False(await new BlobStorage(unreachable).IsReadyAsync());
    }
}
