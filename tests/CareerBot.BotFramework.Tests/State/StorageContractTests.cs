using System.Text.Json;
using CareerBot.BotFramework.Schema;
using CareerBot.BotFramework.State;

namespace CareerBot.BotFramework.Tests.State;

/// <summary>The behaviour every <see cref="IStorage"/> provider must have; each provider runs it by deriving.</summary>
public abstract class StorageContractTests : IDisposable
{
    private IStorage? _storage;

    protected IStorage Storage => _storage ??= CreateStorage();

    protected abstract IStorage CreateStorage();

    protected static JsonElement Doc(object value) => BotJson.ToElement(value);

    protected sealed record Counter(int Count, string? Writer = null);

    [Fact]
    public async Task Read_MissingKey_IsAbsent()
    {
        var items = await Storage.ReadAsync(["nothing/here"]);

        Assert.Empty(items);
    }

    [Fact]
    public async Task Write_ThenRead_RoundTripsDocumentAndETag()
    {
        var document = Doc(new { name = "Ada", skills = new List<string> { "C#", "SQL" }, years = 7, nested = new { ok = true } });

        var eTags = await Storage.WriteAsync(new Dictionary<string, StoreItem> { ["k1"] = new(document) });
        var items = await Storage.ReadAsync(["k1"]);

        var item = Assert.Single(items).Value;
        Assert.True(JsonElement.DeepEquals(document, item.Document), item.Document.GetRawText());
        Assert.False(string.IsNullOrEmpty(item.ETag));
        Assert.Equal(eTags["k1"], item.ETag);
    }

    [Fact]
    public async Task Write_ThenRead_KeepsEveryCharacter()
    {
        var text = "Ingénierie de prompts : 45\u00A0000 – 60\u00A0000\u00A0€ « brut » 🚀 \"cité\" \\ ligne\nsuivante 中文";
        var document = Doc(new { text });

        await Storage.WriteAsync(new Dictionary<string, StoreItem> { ["unicode"] = new(document) });
        var item = Assert.Single(await Storage.ReadAsync(["unicode"])).Value;

        Assert.Equal(text, item.Document.GetProperty("text").GetString());
    }

    [Fact]
    public async Task Keys_AreCaseSensitive()
    {
        await Storage.WriteAsync(new Dictionary<string, StoreItem> { ["Key"] = new(Doc(new { v = 1 })) });

        Assert.Empty(await Storage.ReadAsync(["key"]));
        Assert.Single(await Storage.ReadAsync(["Key"]));
    }

    [Fact]
    public async Task EveryWrite_ProducesANewETag()
    {
        var first = await Storage.WriteAsync(new Dictionary<string, StoreItem> { ["k"] = new(Doc(new { v = 1 })) });
        var second = await Storage.WriteAsync(new Dictionary<string, StoreItem> { ["k"] = new(Doc(new { v = 1 }), first["k"]) });
        var third = await Storage.WriteAsync(new Dictionary<string, StoreItem> { ["k"] = new(Doc(new { v = 1 })) });

        Assert.Equal(3, new[] { first["k"], second["k"], third["k"] }.Distinct().Count());
    }

    [Fact]
    public async Task Read_SeveralKeys_ReturnsOnlyStoredOnes()
    {
        await Storage.WriteAsync(new Dictionary<string, StoreItem> { ["a"] = new(Doc(new { v = "a" })), ["c"] = new(Doc(new { v = "c" })) });

        var items = await Storage.ReadAsync(["a", "b", "c", "a"]);

        Assert.Equal(["a", "c"], items.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("c", items["c"].Document.GetProperty("v").GetString());
    }

    [Fact]
    public async Task Delete_RemovesItems_AndIgnoresMissingKeys()
    {
        await Storage.WriteAsync(new Dictionary<string, StoreItem> { ["a"] = new(Doc(new { v = 1 })), ["b"] = new(Doc(new { v = 2 })) });

        await Storage.DeleteAsync(["a", "never-written"]);

        var items = await Storage.ReadAsync(["a", "b"]);
        Assert.Equal("b", Assert.Single(items).Key);
    }

    [Fact]
    public async Task Write_WithCurrentETag_Succeeds()
    {
        var eTags = await Storage.WriteAsync(new Dictionary<string, StoreItem> { ["k"] = new(Doc(new Counter(1))) });

        await Storage.WriteAsync(new Dictionary<string, StoreItem> { ["k"] = new(Doc(new Counter(2)), eTags["k"]) });

        Assert.Equal(2, (await ReadCounterAsync("k")).Count);
    }

    [Fact]
    public async Task Write_WithStaleETag_ThrowsAndKeepsStoredDocument()
    {
        var original = await Storage.WriteAsync(new Dictionary<string, StoreItem> { ["k"] = new(Doc(new Counter(1))) });
        await Storage.WriteAsync(new Dictionary<string, StoreItem> { ["k"] = new(Doc(new Counter(2)), original["k"]) });

        var ex = await Assert.ThrowsAsync<StorageConcurrencyException>(
            () => Storage.WriteAsync(new Dictionary<string, StoreItem> { ["k"] = new(Doc(new Counter(99)), original["k"]) }));

        Assert.Equal(["k"], ex.Keys);
        Assert.Equal(2, (await ReadCounterAsync("k")).Count);
    }

    [Fact]
    public async Task Write_WithETagForMissingItem_ThrowsAndCreatesNothing()
    {
        await Assert.ThrowsAsync<StorageConcurrencyException>(
            () => Storage.WriteAsync(new Dictionary<string, StoreItem> { ["k"] = new(Doc(new Counter(1)), "some-old-etag") }));

        Assert.Empty(await Storage.ReadAsync(["k"]));
    }

    [Theory]
    [InlineData("*")]
    [InlineData(null)]
    public async Task Write_WithStarOrNullETag_OverwritesAnyVersion(string? eTag)
    {
        await Storage.WriteAsync(new Dictionary<string, StoreItem> { ["k"] = new(Doc(new Counter(1))) });

        await Storage.WriteAsync(new Dictionary<string, StoreItem> { ["k"] = new(Doc(new Counter(5)), eTag) });
        await Storage.WriteAsync(new Dictionary<string, StoreItem> { ["new"] = new(Doc(new Counter(6)), eTag) });

        Assert.Equal(5, (await ReadCounterAsync("k")).Count);
        Assert.Equal(6, (await ReadCounterAsync("new")).Count);
    }

    [Fact]
    public async Task CreateOnly_CreatesMissingItem_ButFailsWhenOneExists()
    {
        await Storage.WriteAsync(new Dictionary<string, StoreItem> { ["k"] = new(Doc(new Counter(1))) { CreateOnly = true } });

        await Assert.ThrowsAsync<StorageConcurrencyException>(
            () => Storage.WriteAsync(new Dictionary<string, StoreItem> { ["k"] = new(Doc(new Counter(2))) { CreateOnly = true } }));

        Assert.Equal(1, (await ReadCounterAsync("k")).Count);
    }

    [Fact]
    public async Task Write_BatchWithOneConflict_WritesNothing()
    {
        await Storage.WriteAsync(new Dictionary<string, StoreItem> { ["a"] = new(Doc(new Counter(1))) });

        await Assert.ThrowsAsync<StorageConcurrencyException>(() => Storage.WriteAsync(new Dictionary<string, StoreItem>
        {
            ["b"] = new(Doc(new Counter(2))),
            ["a"] = new(Doc(new Counter(3)), "stale"),
        }));

        Assert.Equal(1, (await ReadCounterAsync("a")).Count);
        Assert.Empty(await Storage.ReadAsync(["b"]));
    }

    [Fact]
    public async Task InvalidArguments_AreRejected()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Storage.ReadAsync([""]));
        await Assert.ThrowsAsync<ArgumentException>(() => Storage.DeleteAsync([" "]));
        await Assert.ThrowsAsync<ArgumentException>(() => Storage.WriteAsync(new Dictionary<string, StoreItem> { ["k"] = new(default(JsonElement)) }));
        await Assert.ThrowsAsync<ArgumentException>(
            () => Storage.WriteAsync(new Dictionary<string, StoreItem> { ["k"] = new(Doc(new Counter(1)), "e") { CreateOnly = true } }));
    }

    [Fact]
    public async Task IsReady_IsTrueForAWorkingStore()
    {
        var health = Assert.IsAssignableFrom<IStorageHealth>(Storage);

        Assert.True(await health.IsReadyAsync());
    }

    [Fact]
    public async Task ParallelWritersWithTheSameETag_ExactlyOneWinsEachRound()
    {
        const int rounds = 10;
        const int writers = 6;
        await Storage.WriteAsync(new Dictionary<string, StoreItem> { ["race"] = new(Doc(new Counter(0))) });

        for (var round = 1; round <= rounds; round++)
        {
            var eTag = (await Storage.ReadAsync(["race"]))["race"].ETag;
            var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var attempts = Enumerable.Range(0, writers).Select(writer => Task.Run(async () =>
            {
                await start.Task;
                try
                {
                    await Storage.WriteAsync(new Dictionary<string, StoreItem> { ["race"] = new(Doc(new Counter(round, $"w{writer}")), eTag) });
                    return $"w{writer}";
                }
                catch (StorageConcurrencyException)
                {
                    return null;
                }
            })).ToArray();
            start.SetResult();
            var results = await Task.WhenAll(attempts);

            var winner = Assert.Single(results, r => r is not null);
            var stored = await ReadCounterAsync("race");
            Assert.Equal(new Counter(round, winner), stored);
        }
    }

    [Fact]
    public async Task ParallelIncrementsWithRetryOnConflict_LoseNoUpdate()
    {
        await Storage.WriteAsync(new Dictionary<string, StoreItem> { ["counter"] = new(Doc(new Counter(0))) });

        var stores = Enumerable.Repeat(Storage, 6).ToArray();
        var successes = await IncrementConcurrentlyAsync(stores, "counter", incrementsPerWorker: 15);

        Assert.Equal(6 * 15, successes);
        Assert.Equal(6 * 15, (await ReadCounterAsync("counter")).Count);
    }

    /// <summary>
    /// Each worker adds 1 to the counter <paramref name="incrementsPerWorker"/> times (read, add, write with the
    /// eTag read; on conflict read again), one worker per entry of <paramref name="stores"/>. Returns the number
    /// of successful writes.
    /// </summary>
    protected static async Task<int> IncrementConcurrentlyAsync(IStorage[] stores, string key, int incrementsPerWorker)
    {
        const int maxAttemptsPerIncrement = 500;
        var successes = 0;
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var workers = stores.Select(store => Task.Run(async () =>
        {
            await start.Task;
            for (var i = 0; i < incrementsPerWorker; i++)
            {
                for (var attempt = 1; ; attempt++)
                {
                    Assert.True(attempt <= maxAttemptsPerIncrement, "an increment never got through");
                    var current = (await store.ReadAsync([key]))[key];
                    var count = current.Document.Deserialize<Counter>(BotJson.Options)!.Count;
                    try
                    {
                        await store.WriteAsync(new Dictionary<string, StoreItem> { [key] = new(Doc(new Counter(count + 1)), current.ETag) });
                        Interlocked.Increment(ref successes);
                        break;
                    }
                    catch (StorageConcurrencyException)
                    {
                        // Someone else incremented first: read their value and try again.
                    }
                }
            }
        })).ToArray();
        start.SetResult();
        await Task.WhenAll(workers);
        return successes;
    }

    private Task<Counter> ReadCounterAsync(string key) => ReadCounterAsync(Storage, key);

    protected static async Task<Counter> ReadCounterAsync(IStorage storage, string key) =>
        (await storage.ReadAsync([key]))[key].Document.Deserialize<Counter>(BotJson.Options)!;

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing && _storage is IDisposable disposable)
        {
            disposable.Dispose();
        }
    }
}
