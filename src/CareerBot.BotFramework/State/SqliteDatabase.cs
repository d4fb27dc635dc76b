using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace CareerBot.BotFramework.State;

/// <summary>
/// A SQLite file as CareerBot's stores share it (the bot state, the ratings): pooled connections that wait for each
/// other's locks up to a busy timeout, and a schema created once, on first use, by the first caller. Each store keeps
/// its own table and schema; several can open the same file. Writers of one process take turns on an async gate
/// before asking SQLite for the write lock (see <see cref="WaitToWriteAsync"/>).
/// </summary>
public sealed class SqliteDatabase : IDisposable
{
    // One gate per file, shared by every store of the process that opens it (state and ratings share a file).
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> WriteGates = new(StringComparer.Ordinal);

    // The pragmas last set on each native connection, weakly: a connection the pool closes leaves the table with it.
    private static readonly ConditionalWeakTable<sqlite3, string> ConfiguredHandles = [];

    private readonly string _connectionString;
    private readonly string _connectionPragmas;
    private readonly string _schema;
    private readonly SemaphoreSlim _schemaGate = new(1, 1);
    private readonly SemaphoreSlim _writeGate;
    private readonly TimeSpan _busyTimeout;
    private volatile bool _schemaReady;
    private bool _disposed;

    /// <param name="path">The database file (created if missing); relative paths are resolved against the current directory.</param>
    /// <param name="busyTimeout">How long a statement waits for another connection's lock.</param>
    /// <param name="schema">SQL run once before the first connection is handed out (CREATE TABLE IF NOT EXISTS…).</param>
    public SqliteDatabase(string path, TimeSpan busyTimeout, string schema)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentOutOfRangeException.ThrowIfLessThan(busyTimeout, TimeSpan.Zero);
        ArgumentException.ThrowIfNullOrWhiteSpace(schema);
        FilePath = Path.GetFullPath(path);
        _schema = schema;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = FilePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            // Microsoft.Data.Sqlite retries busy/locked statements until this many seconds have passed.
            DefaultTimeout = (int)Math.Ceiling(busyTimeout.TotalSeconds),
        }.ToString();
        // SQLite's own busy handler waits in short steps inside the native call, so a writer gets the lock soon
        // after it is released instead of after Microsoft.Data.Sqlite's coarser retry sleep.
        // synchronous = NORMAL: in WAL mode a commit is then durable against a crash or kill of the process (the
        // WAL is in the OS's hands), and only an OS crash or power cut can lose the last commits. That saves an
        // fsync on every turn, which is most of a turn's cost on a plain disk.
        _connectionPragmas = string.Create(CultureInfo.InvariantCulture, $"PRAGMA busy_timeout = {(long)busyTimeout.TotalMilliseconds}; PRAGMA synchronous = NORMAL;");
        _writeGate = WriteGates.GetOrAdd(FilePath, _ => new SemaphoreSlim(1, 1));
        _busyTimeout = busyTimeout;
    }

    /// <summary>The absolute path of the database file.</summary>
    public string FilePath { get; }

    /// <summary>An open connection (the caller disposes it), the schema created first if this is the first.</summary>
    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (!_schemaReady)
        {
            await EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
        }

        return await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Waits, without holding a thread, until no other writer of this process is between its <c>BEGIN IMMEDIATE</c> and
    /// its commit; dispose the result after the commit or rollback. SQLite lets one writer in at a time and makes the
    /// others sleep and poll in its busy handler (1, 2, 5… up to 100 ms between tries), which under concurrent turns
    /// costs far more than the write itself; other processes sharing the file still meet that busy handler. Waits up
    /// to the busy timeout, like a statement would (zero: no limit, as for Microsoft.Data.Sqlite's command timeout),
    /// then throws <see cref="TimeoutException"/>.
    /// </summary>
    public async Task<IDisposable> WaitToWriteAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var limit = _busyTimeout == TimeSpan.Zero ? Timeout.InfiniteTimeSpan : _busyTimeout;
        if (!await _writeGate.WaitAsync(limit, cancellationToken).ConfigureAwait(false))
        {
            throw new TimeoutException($"No turn to write to {FilePath} within {_busyTimeout}.");
        }

        return new WriterTurn(_writeGate);
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        // Closes the idle pooled connections so the file is released (tests delete it, hosts may move it).
        using (var connection = new SqliteConnection(_connectionString))
        {
            SqliteConnection.ClearPool(connection);
        }

        _schemaGate.Dispose();
    }

    private sealed class WriterTurn(SemaphoreSlim gate) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate.Release();
            }
        }
    }

    private async Task<SqliteConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            // The pool hands back the same native connection, whose pragmas are still set: only a new one needs them,
            // or one last set by a database of another busy timeout that shares the pool.
            var handle = connection.Handle!;
            if (!ConfiguredHandles.TryGetValue(handle, out var pragmas) || !string.Equals(pragmas, _connectionPragmas, StringComparison.Ordinal))
            {
                using var command = connection.CreateCommand();
                command.CommandText = _connectionPragmas;
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                ConfiguredHandles.AddOrUpdate(handle, _connectionPragmas);
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private async Task EnsureSchemaAsync(CancellationToken cancellationToken)
    {
        await _schemaGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_schemaReady)
            {
                return;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
            var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using (connection.ConfigureAwait(false))
            {
                using var command = connection.CreateCommand();
                command.CommandText = _schema;
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            _schemaReady = true;
        }
        finally
        {
            _schemaGate.Release();
        }
    }
}
