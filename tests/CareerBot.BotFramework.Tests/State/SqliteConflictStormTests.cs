using CareerBot.BotFramework.State;
using CareerBot.Testing;

namespace CareerBot.BotFramework.Tests.State;

/// <summary>
/// A conflict storm on one real SQLite file seen by two <see cref="SqliteStorage"/> instances with their own
/// connection pools, as two host processes sharing the file would be: no write is lost and every conflict is real.
/// </summary>
public sealed class SqliteConflictStormTests : IDisposable
{
    private readonly TempDirectory _directory = new();
    private readonly List<SqliteStorage> _opened = [];

    [Fact]
    public async Task A_storm_of_increments_from_two_instances_on_one_file_loses_no_write()
    {
        var path = _directory.Combine("storm.db");
        // Different settings give each instance its own connection pool, as two processes would have.
        var a = Open(path, TimeSpan.FromSeconds(30));
        var b = Open(path, TimeSpan.FromSeconds(31));
        IStorage[] workers = [a, b, a, b, a, b, a, b];

        var result = await ConflictStorm.RunAsync(workers, "emulator/conversations/storm", incrementsPerWorker: 25);

        ConflictStorm.AssertNoLostWrite(result, workers.Length * 25);
    }

    public void Dispose()
    {
        foreach (var storage in _opened)
        {
            storage.Dispose();
        }

        _directory.Dispose();
    }

    private SqliteStorage Open(string path, TimeSpan busyTimeout)
    {
        var storage = new SqliteStorage(new SqliteStorageOptions { Path = path, BusyTimeout = busyTimeout });
        _opened.Add(storage);
        return storage;
    }
}
