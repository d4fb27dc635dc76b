using CareerBot.BotFramework.State;
using CareerBot.Testing;

namespace CareerBot.BotFramework.Tests.State;

/// <summary>
/// Writers of one process take turns on the file's gate before SQLite's write lock, whichever store (state, ratings)
/// opened the file.
/// </summary>
public sealed class SqliteDatabaseWriteGateTests : IDisposable
{
    private const string Schema = "CREATE TABLE IF NOT EXISTS t (k TEXT PRIMARY KEY);";

    private readonly TempDirectory _directory = new();

    [Fact]
    public async Task A_second_writer_of_the_same_file_waits_until_the_first_is_done()
    {
        var path = Path.Combine(_directory.Path, "shared.db");
        using var state = new SqliteDatabase(path, TimeSpan.FromSeconds(30), Schema);
        using var ratings = new SqliteDatabase(path, TimeSpan.FromSeconds(30), Schema);

        var first = await state.WaitToWriteAsync();
        // A free gate is taken at once (the task completes synchronously): one still pending is waiting for the first.
        var second = ratings.WaitToWriteAsync();
        Assert.False(second.IsCompleted);

        first.Dispose();
        (await second.WaitAsync(TimeSpan.FromSeconds(10))).Dispose();
    }

    [Fact]
    public async Task A_pooled_connection_keeps_the_pragmas_of_the_database_that_opens_it()
    {
        // Both timeouts round up to the same command timeout, so the two databases share one connection pool.
        var path = Path.Combine(_directory.Path, "pragmas.db");
        using var slow = new SqliteDatabase(path, TimeSpan.FromMilliseconds(900), Schema);
        using var fast = new SqliteDatabase(path, TimeSpan.FromMilliseconds(300), Schema);

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(900L, await PragmaAsync(slow, "busy_timeout"));
            Assert.Equal(300L, await PragmaAsync(fast, "busy_timeout"));
            Assert.Equal(1L, await PragmaAsync(fast, "synchronous")); // NORMAL
        }
    }

    private static async Task<long> PragmaAsync(SqliteDatabase database, string pragma)
    {
        await using var connection = await database.OpenAsync();
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA {pragma};";
        return (long)(await command.ExecuteScalarAsync())!;
    }

    [Fact]
    public async Task Writers_of_different_files_do_not_wait_for_each_other()
    {
        using var one = new SqliteDatabase(Path.Combine(_directory.Path, "one.db"), TimeSpan.FromSeconds(30), Schema);
        using var other = new SqliteDatabase(Path.Combine(_directory.Path, "other.db"), TimeSpan.FromSeconds(30), Schema);

        using var first = await one.WaitToWriteAsync();
        var second = other.WaitToWriteAsync();

        Assert.True(second.IsCompletedSuccessfully);
        (await second).Dispose();
    }

    [Fact]
    public async Task A_writer_that_waits_past_the_busy_timeout_gets_a_timeout()
    {
        var path = Path.Combine(_directory.Path, "busy.db");
        using var holder = new SqliteDatabase(path, TimeSpan.FromSeconds(30), Schema);
        using var impatient = new SqliteDatabase(path, TimeSpan.FromMilliseconds(100), Schema);

        using var held = await holder.WaitToWriteAsync();

        await Assert.ThrowsAsync<TimeoutException>(() => impatient.WaitToWriteAsync());
    }

    [Fact]
    public async Task Releasing_a_turn_twice_lets_in_only_one_more_writer()
    {
        var path = Path.Combine(_directory.Path, "twice.db");
        using var database = new SqliteDatabase(path, TimeSpan.FromSeconds(30), Schema);

        var turn = await database.WaitToWriteAsync();
        turn.Dispose();
        turn.Dispose();

        using var next = await database.WaitToWriteAsync();
        var after = database.WaitToWriteAsync();
        Assert.False(after.IsCompleted);
        next.Dispose();
        (await after.WaitAsync(TimeSpan.FromSeconds(10))).Dispose();
    }

    public void Dispose() => _directory.Dispose();
}
