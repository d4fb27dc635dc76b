using System.Text.Json;
using CareerBot.BotFramework.Schema;
using CareerBot.BotFramework.State;
using CareerBot.Testing;
using Microsoft.Data.Sqlite;

namespace CareerBot.BotFramework.Tests.State;

/// <summary>
/// The storage contract against a real SQLite file in a temp directory, plus what only a file-backed store has:
/// persistence, schema, several instances (as separate processes would be) on one file.
/// </summary>
public sealed class SqliteStorageTests : StorageContractTests
{
    private readonly TempDirectory _directory = new();
    private readonly List<SqliteStorage> _opened = [];

    protected override IStorage CreateStorage() => Open(_directory.Combine("state.db"));

    private SqliteStorage Open(string path, TimeSpan? busyTimeout = null)
    {
        var storage = new SqliteStorage(new SqliteStorageOptions { Path = path, BusyTimeout = busyTimeout ?? TimeSpan.FromSeconds(30) });
        _opened.Add(storage);
        return storage;
    }

    [Fact]
    public async Task FirstUse_CreatesDirectoryDatabaseAndSchema_InWalMode()
    {
        var path = _directory.Combine("nested", "deeper", "bot.db");
        var storage = Open(path);
        Assert.False(File.Exists(path));

        await storage.ReadAsync(["k"]);

        Assert.True(File.Exists(path));
        Assert.Equal(path, storage.FilePath);
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
        command.CommandText = "SELECT group_concat(name, ',') FROM (SELECT name FROM pragma_table_info('bot_state') ORDER BY cid);";
        Assert.Equal("key,document,etag,updated_at", (string?)await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Data_SurvivesDisposeAndReopen()
    {
        var path = _directory.Combine("persist.db");
        string eTag;
        using (var first = new SqliteStorage(new SqliteStorageOptions { Path = path }))
        {
            eTag = (await first.WriteAsync(new Dictionary<string, StoreItem> { ["user/1"] = new(Doc(new Counter(42, "first"))) }))["user/1"];
        }

        var reopened = Open(path);
        var item = (await reopened.ReadAsync(["user/1"]))["user/1"];

        Assert.Equal(new Counter(42, "first"), item.Document.Deserialize<Counter>(BotJson.Options));
        Assert.Equal(eTag, item.ETag);
    }

    [Fact]
    public async Task TwoInstancesOnOneFile_RespectEachOthersETags()
    {
        var path = _directory.Combine("shared.db");
        var a = Open(path);
        var b = Open(path);
        await a.WriteAsync(new Dictionary<string, StoreItem> { ["k"] = new(Doc(new Counter(1, "a"))) });
        var seenByB = (await b.ReadAsync(["k"]))["k"];

        await a.WriteAsync(new Dictionary<string, StoreItem> { ["k"] = new(Doc(new Counter(2, "a")), seenByB.ETag) });

        await Assert.ThrowsAsync<StorageConcurrencyException>(
            () => b.WriteAsync(new Dictionary<string, StoreItem> { ["k"] = new(Doc(new Counter(2, "b")), seenByB.ETag) }));
        Assert.Equal(new Counter(2, "a"), await ReadCounterAsync(b, "k"));
    }

    [Fact]
    public async Task TwoInstancesOnOneFile_ParallelIncrements_LoseNoUpdate()
    {
        var path = _directory.Combine("shared.db");
        // Different settings give each instance its own connection pool, as two processes would have.
        var a = Open(path, TimeSpan.FromSeconds(30));
        var b = Open(path, TimeSpan.FromSeconds(31));
        await a.WriteAsync(new Dictionary<string, StoreItem> { ["counter"] = new(Doc(new Counter(0))) });

        var successes = await IncrementConcurrentlyAsync([a, b, a, b], "counter", incrementsPerWorker: 15);

        Assert.Equal(4 * 15, successes);
        Assert.Equal(4 * 15, (await ReadCounterAsync(b, "counter")).Count);
    }

    [Fact]
    public async Task BatchesQueuedBehindAWriter_AllLand_AndAConflictUndoesOnlyItsOwnBatch()
    {
        var path = _directory.Combine("group.db");
        var storage = Open(path);
        var stale = (await storage.WriteAsync(new Dictionary<string, StoreItem> { ["contested"] = new(Doc(new Counter(0))) }))["contested"];
        await storage.WriteAsync(new Dictionary<string, StoreItem> { ["contested"] = new(Doc(new Counter(1)), stale) });

        // Holding the file's write gate (as another store of this process would) makes the batches queue up behind it.
        using var database = new SqliteDatabase(path, TimeSpan.FromSeconds(30), "SELECT 1;");
        Task<IReadOnlyDictionary<string, string>>[] writes;
        using (await database.WaitToWriteAsync())
        {
            writes = Enumerable.Range(0, 20)
                .Select(i => storage.WriteAsync(i == 7
                    ? new Dictionary<string, StoreItem> { ["contested"] = new(Doc(new Counter(99)), stale), ["w7"] = new(Doc(new Counter(7))) }
                    : new Dictionary<string, StoreItem> { [$"w{i}"] = new(Doc(new Counter(i))) }))
                .ToArray();
            Assert.DoesNotContain(writes, write => write.IsCompleted);
        }

        await Assert.ThrowsAsync<StorageConcurrencyException>(() => writes[7]);
        var reader = Open(path, TimeSpan.FromSeconds(31));
        var stored = await reader.ReadAsync([.. Enumerable.Range(0, 20).Select(i => $"w{i}"), "contested"]);
        for (var i = 0; i < 20; i++)
        {
            if (i == 7)
            {
                Assert.False(stored.ContainsKey("w7"));
                continue;
            }

            Assert.Equal(new Counter(i), stored[$"w{i}"].Document.Deserialize<Counter>(BotJson.Options));
            Assert.Equal((await writes[i])[$"w{i}"], stored[$"w{i}"].ETag);
        }

        Assert.Equal(new Counter(1), stored["contested"].Document.Deserialize<Counter>(BotJson.Options));
    }

    [Fact]
    public async Task ACancelledWrite_IsEitherReportedWrittenAndStored_OrReportedCancelledAndAbsent()
    {
        var path = _directory.Combine("cancel.db");
        var storage = Open(path);
        using var database = new SqliteDatabase(path, TimeSpan.FromSeconds(30), "SELECT 1;");
        using var cancellation = new CancellationTokenSource();
        Task<IReadOnlyDictionary<string, string>> first, second;
        using (await database.WaitToWriteAsync())
        {
            first = storage.WriteAsync(new Dictionary<string, StoreItem> { ["first"] = new(Doc(new Counter(1))) }, cancellation.Token);
            second = storage.WriteAsync(new Dictionary<string, StoreItem> { ["second"] = new(Doc(new Counter(2))) }, cancellation.Token);
            await cancellation.CancelAsync();
        }

        foreach (var (key, write) in new[] { ("first", first), ("second", second) })
        {
            var reportedWritten = await Task.WhenAny(write) is { IsCompletedSuccessfully: true };
            Assert.True(reportedWritten || write.IsCanceled, $"{key}: {write.Status}");
            Assert.Equal(reportedWritten, (await storage.ReadAsync([key])).ContainsKey(key));
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    [InlineData(9)]
    public async Task ReadingSeveralKeys_FindsEachStoredOne_AndLeavesOutTheMissing(int count)
    {
        var storage = Open(_directory.Combine($"keys-{count}.db"));
        var keys = Enumerable.Range(0, count).Select(i => $"k{i}").ToArray();
        var eTags = await storage.WriteAsync(keys.Where((_, i) => i % 3 != 1).ToDictionary(k => k, k => new StoreItem(Doc(new Counter(k.Length, k)))));

        // Read twice: the second read runs on the statements the first one prepared.
        foreach (var _ in new[] { 1, 2 })
        {
            var found = await storage.ReadAsync([.. keys, "absent"]);
            Assert.Equal(eTags.Keys.Order(), found.Keys.Order());
            Assert.All(found, f => Assert.Equal(new Counter(f.Key.Length, f.Key), f.Value.Document.Deserialize<Counter>(BotJson.Options)));
            Assert.All(found, f => Assert.Equal(eTags[f.Key], f.Value.ETag));
        }
    }

    [Fact]
    public async Task WritesOfManyConcurrentCallers_AllLand()
    {
        var storage = Open(_directory.Combine("many.db"));

        var eTags = await Task.WhenAll(Enumerable.Range(0, 200).Select(i => Task.Run(
            () => storage.WriteAsync(new Dictionary<string, StoreItem> { [$"k{i}"] = new(Doc(new Counter(i))) }))));

        var stored = await storage.ReadAsync([.. Enumerable.Range(0, 200).Select(i => $"k{i}")]);
        Assert.Equal(200, stored.Count);
        Assert.All(Enumerable.Range(0, 200), i => Assert.Equal(eTags[i][$"k{i}"], stored[$"k{i}"].ETag));
    }

    [Fact]
    public async Task IsReady_IsFalseWhenTheDatabaseCannotBeCreated()
    {
        var blocker = _directory.Combine("not-a-directory");
        await File.WriteAllTextAsync(blocker, "a file where a directory should be");
        var storage = Open(Path.Combine(blocker, "bot.db"));

        Assert.False(await storage.IsReadyAsync());
    }

    [Fact]
    public async Task DisposedStorage_RefusesWork()
    {
        var storage = new SqliteStorage(new SqliteStorageOptions { Path = _directory.Combine("gone.db") });
        storage.Dispose();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => storage.ReadAsync(["k"]));
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            foreach (var storage in _opened)
            {
                storage.Dispose();
            }

            _directory.Dispose();
        }

        base.Dispose(disposing);
    }
}
