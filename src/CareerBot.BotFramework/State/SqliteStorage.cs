using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace CareerBot.BotFramework.State;

/// <summary>
/// <see cref="IStorage"/> in one SQLite file (table <c>bot_state</c>: key, document, etag, updated_at), safe for
/// concurrent turns and for several processes sharing the file: WAL journaling lets readers run beside a writer,
/// writers wait for each other up to <see cref="SqliteStorageOptions.BusyTimeout"/>, and eTag checks and writes run
/// in a <c>BEGIN IMMEDIATE</c> transaction, so two writers holding the same eTag cannot both win.
/// <para>
/// Group commit: the batches that concurrent turns hand in while a commit is under way are written together in the
/// next transaction, each inside a savepoint of its own, so one batch's conflict rolls back that batch alone. A
/// batch's task completes only after the transaction holding it has committed. Statements are prepared once per
/// connection and kept: readers borrow a <see cref="ReadSession"/>, the committer owns one <see cref="WriteSession"/>.
/// </para>
/// </summary>
public sealed class SqliteStorage : IStorage, IStorageHealth, IDisposable
{
    private const string Schema = """
        PRAGMA journal_mode = WAL;
        CREATE TABLE IF NOT EXISTS bot_state (
            key TEXT NOT NULL PRIMARY KEY,
            document TEXT NOT NULL,
            etag TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        """;

    // Idle read sessions kept open; a burst beyond this opens more and closes them after use.
    private static readonly int MaxIdleReaders = Math.Max(4, Environment.ProcessorCount * 2);

    private readonly SqliteDatabase _database;
    private readonly ConcurrentQueue<ReadSession> _idleReaders = new();
    private int _idleReaderCount;
    private readonly ConcurrentQueue<PendingWrite> _queue = new();
    private WriteSession? _writer;
    private int _committing;
    private volatile bool _disposed;

    public SqliteStorage(SqliteStorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.Path, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.BusyTimeout, TimeSpan.Zero, nameof(options));

        _database = new SqliteDatabase(options.Path, options.BusyTimeout, Schema);
    }

    /// <summary>The absolute path of the database file.</summary>
    public string FilePath => _database.FilePath;

    public async Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        var distinct = StorageArguments.DistinctKeys(keys, nameof(keys));
        var found = new Dictionary<string, StoreItem>(distinct.Length, StringComparer.Ordinal);
        if (distinct.Length == 0)
        {
            return found;
        }

        ObjectDisposedException.ThrowIf(_disposed, this);
        var session = TryTakeIdleReader() ?? await ReadSession.OpenAsync(_database, cancellationToken).ConfigureAwait(false);
        var healthy = false;
        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            session.Read(distinct, found);
            healthy = true;
        }
        finally
        {
            Return(session, healthy);
        }

        return found;
    }

    public Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken = default)
    {
        StorageArguments.ValidateChanges(changes, nameof(changes));
        if (changes.Count == 0)
        {
            return Task.FromResult<IReadOnlyDictionary<string, string>>(new Dictionary<string, string>(StringComparer.Ordinal));
        }

        return EnqueueAsync(PendingWrite.ForChanges(changes), cancellationToken);
    }

    public async Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        var distinct = StorageArguments.DistinctKeys(keys, nameof(keys));
        if (distinct.Length > 0)
        {
            await EnqueueAsync(PendingWrite.ForDeletes(distinct), cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task<bool> IsReadyAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using (connection.ConfigureAwait(false))
            {
                using var command = connection.CreateCommand();
                command.CommandText = "SELECT count(*) FROM bot_state WHERE 0;";
                await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
                return true;
            }
        }
        catch (Exception ex) when (ex is SqliteException or IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        // Lets a commit under way finish before its connection goes: its callers are told the outcome either way.
        SpinWait.SpinUntil(() => Volatile.Read(ref _committing) == 0, TimeSpan.FromSeconds(10));
        FailQueued(new ObjectDisposedException(nameof(SqliteStorage)));
        while (TryTakeIdleReader() is { } reader)
        {
            reader.Dispose();
        }

        _writer?.Dispose();
        _writer = null;
        _database.Dispose();
    }

    // A queue and a counter rather than a ConcurrentBag: the bag's Count locks every thread's list, on every turn.
    private ReadSession? TryTakeIdleReader()
    {
        if (!_idleReaders.TryDequeue(out var session))
        {
            return null;
        }

        Interlocked.Decrement(ref _idleReaderCount);
        return session;
    }

    private void Return(ReadSession session, bool healthy)
    {
        if (healthy && !_disposed && Interlocked.Increment(ref _idleReaderCount) <= MaxIdleReaders)
        {
            _idleReaders.Enqueue(session);
            return;
        }

        if (healthy && !_disposed)
        {
            Interlocked.Decrement(ref _idleReaderCount);
        }

        session.Dispose();
    }

    /// <summary>
    /// Queues the batch and, if no commit is running, starts one on the thread pool: the caller waits for its own
    /// batch only, never for the batches that arrive while it waits.
    /// </summary>
    private async Task<IReadOnlyDictionary<string, string>> EnqueueAsync(PendingWrite pending, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _queue.Enqueue(pending);
        StartCommitterIfIdle();
        using (cancellationToken.Register(static state => ((PendingWrite)state!).TryCancel(), pending))
        {
            return await pending.Completion.ConfigureAwait(false);
        }
    }

    private void StartCommitterIfIdle()
    {
        if (!_queue.IsEmpty && Interlocked.CompareExchange(ref _committing, 1, 0) == 0)
        {
            _ = Task.Run(CommitQueuedAsync);
        }
    }

    private async Task CommitQueuedAsync()
    {
        try
        {
            var group = new List<PendingWrite>();
            while (!_disposed)
            {
                group.Clear();
                while (group.Count < 256 && _queue.TryDequeue(out var next))
                {
                    if (next.TryClaim())
                    {
                        group.Add(next);
                    }
                }

                if (group.Count == 0)
                {
                    break;
                }

                await CommitGroupAsync(group).ConfigureAwait(false);
            }
        }
        finally
        {
            Volatile.Write(ref _committing, 0);
        }

        // A batch queued between the last empty dequeue and the release above would otherwise wait for the next writer.
        if (!_disposed)
        {
            StartCommitterIfIdle();
        }
        else
        {
            FailQueued(new ObjectDisposedException(nameof(SqliteStorage)));
        }
    }

    private async Task CommitGroupAsync(List<PendingWrite> group)
    {
        IDisposable writerTurn;
        try
        {
            writerTurn = await _database.WaitToWriteAsync().ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            FailAll(group, ex);
            return;
        }

        using (writerTurn)
        {
            try
            {
                _writer ??= await WriteSession.OpenAsync(_database).ConfigureAwait(false);
                var now = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture);
                _writer.Begin();
                var outcomes = new (IReadOnlyDictionary<string, string>? ETags, Exception? Error)[group.Count];
                for (var i = 0; i < group.Count; i++)
                {
                    outcomes[i] = _writer.Apply(group[i], now);
                }

                _writer.Commit();
                for (var i = 0; i < group.Count; i++)
                {
                    group[i].Complete(outcomes[i].ETags, outcomes[i].Error);
                }
            }
            catch (Exception ex)
            {
                // Nothing of the group is on disk: drop the connection (it may be mid-transaction) and tell every caller.
                _writer?.Abandon();
                _writer = null;
                FailAll(group, ex);
            }
        }
    }

    private void FailQueued(Exception error)
    {
        while (_queue.TryDequeue(out var pending))
        {
            if (pending.TryClaim())
            {
                pending.Complete(null, error);
            }
        }
    }

    private static void FailAll(List<PendingWrite> group, Exception error)
    {
        foreach (var pending in group)
        {
            pending.Complete(null, error);
        }
    }

    /// <summary>A batch handed in by one caller: its changes or deletions, and the task it waits on.</summary>
    private sealed class PendingWrite
    {
        private const int Queued = 0, Claimed = 1, Cancelled = 2;
        private readonly TaskCompletionSource<IReadOnlyDictionary<string, string>> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _state;

        private PendingWrite(IReadOnlyDictionary<string, StoreItem>? changes, string[]? deletes)
        {
            Changes = changes;
            Deletes = deletes;
        }

        public IReadOnlyDictionary<string, StoreItem>? Changes { get; }

        public string[]? Deletes { get; }

        public Task<IReadOnlyDictionary<string, string>> Completion => _completion.Task;

        public static PendingWrite ForChanges(IReadOnlyDictionary<string, StoreItem> changes) => new(changes, null);

        public static PendingWrite ForDeletes(string[] keys) => new(null, keys);

        /// <summary>The committer takes the batch; false when its caller gave up first (then it is not written).</summary>
        public bool TryClaim() => Interlocked.CompareExchange(ref _state, Claimed, Queued) == Queued;

        /// <summary>The caller gives up, which works only before the committer took the batch.</summary>
        public void TryCancel()
        {
            if (Interlocked.CompareExchange(ref _state, Cancelled, Queued) == Queued)
            {
                _completion.TrySetCanceled();
            }
        }

        public void Complete(IReadOnlyDictionary<string, string>? eTags, Exception? error)
        {
            if (error is not null)
            {
                _completion.TrySetException(error);
            }
            else
            {
                _completion.TrySetResult(eTags!);
            }
        }
    }

    /// <summary>An open connection with its SELECT prepared once: what a read costs is the lookup itself.</summary>
    private sealed class ReadSession : IDisposable
    {
        // A turn reads one to a few keys (its conversation's and its user's state): one SELECT for all of them, one
        // read transaction, prepared once per key count up to this many; longer lists are read in slices of it.
        private const int MaxKeysPerSelect = 4;

        private readonly SqliteConnection _connection;
        private readonly SqliteCommand?[] _selects = new SqliteCommand?[MaxKeysPerSelect + 1];

        private ReadSession(SqliteConnection connection) => _connection = connection;

        public static async Task<ReadSession> OpenAsync(SqliteDatabase database, CancellationToken cancellationToken)
        {
            var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
            return new ReadSession(connection);
        }

        /// <summary>Adds the stored items of <paramref name="keys"/> to <paramref name="found"/>; missing keys are left out.</summary>
        public void Read(string[] keys, Dictionary<string, StoreItem> found)
        {
            for (var start = 0; start < keys.Length; start += MaxKeysPerSelect)
            {
                var count = Math.Min(MaxKeysPerSelect, keys.Length - start);
                var select = SelectFor(count);
                for (var i = 0; i < count; i++)
                {
                    select.Parameters[i].Value = keys[start + i];
                }

                using var reader = select.ExecuteReader();
                while (reader.Read())
                {
                    // The TEXT column read as its UTF-8 bytes: parsed as is, without a detour through a UTF-16 string,
                    // and in place (the array is this document's alone) rather than copied again by the deserializer.
                    var document = JsonDocument.Parse(reader.GetFieldValue<byte[]>(1)).RootElement;
                    found[reader.GetString(0)] = new StoreItem(document, reader.GetString(2));
                }
            }
        }

        public void Dispose()
        {
            foreach (var select in _selects)
            {
                select?.Dispose();
            }

            _connection.Dispose();
        }

        private SqliteCommand SelectFor(int count)
        {
            if (_selects[count] is { } prepared)
            {
                return prepared;
            }

            var select = _connection.CreateCommand();
            var names = Enumerable.Range(0, count).Select(i => string.Create(CultureInfo.InvariantCulture, $"$k{i}")).ToArray();
            select.CommandText = $"SELECT key, document, etag FROM bot_state WHERE key IN ({string.Join(", ", names)});";
            foreach (var name in names)
            {
                select.Parameters.Add(name, SqliteType.Text);
            }

            select.Prepare();
            return _selects[count] = select;
        }
    }

    /// <summary>The committer's connection, its write statements prepared once, and the savepoint that isolates each batch.</summary>
    private sealed class WriteSession : IDisposable
    {
        private readonly SqliteConnection _connection;
        private readonly List<SqliteCommand> _commands = [];
        private readonly SqliteCommand _begin, _commit, _rollback, _savepoint, _release, _rollbackToSavepoint;
        private readonly Statement _upsert, _updateIfMatch, _insertIfAbsent, _delete;

        private WriteSession(SqliteConnection connection)
        {
            _connection = connection;
            _begin = Prepare("BEGIN IMMEDIATE;");
            _commit = Prepare("COMMIT;");
            _rollback = Prepare("ROLLBACK;");
            _savepoint = Prepare("SAVEPOINT batch;");
            _release = Prepare("RELEASE batch;");
            _rollbackToSavepoint = Prepare("ROLLBACK TO batch;");
            _upsert = new Statement(Prepare("""
                INSERT INTO bot_state (key, document, etag, updated_at) VALUES ($key, $document, $etag, $now)
                ON CONFLICT (key) DO UPDATE SET document = excluded.document, etag = excluded.etag, updated_at = excluded.updated_at;
                """));
            _updateIfMatch = new Statement(Prepare("UPDATE bot_state SET document = $document, etag = $etag, updated_at = $now WHERE key = $key AND etag = $expected;"));
            _insertIfAbsent = new Statement(Prepare("""
                INSERT INTO bot_state (key, document, etag, updated_at) VALUES ($key, $document, $etag, $now)
                ON CONFLICT (key) DO NOTHING;
                """));
            _delete = new Statement(Prepare("DELETE FROM bot_state WHERE key = $key;"));
        }

        public static async Task<WriteSession> OpenAsync(SqliteDatabase database)
        {
            var connection = await database.OpenAsync().ConfigureAwait(false);
            try
            {
                return new WriteSession(connection);
            }
            catch
            {
                await connection.DisposeAsync().ConfigureAwait(false);
                throw;
            }
        }

        // Not deferred: BEGIN IMMEDIATE takes the write lock up front (waiting on the busy timeout), so the eTag
        // checks see the latest committed version and no other process can commit between check and write.
        public void Begin() => _begin.ExecuteNonQuery();

        public void Commit()
        {
            try
            {
                _commit.ExecuteNonQuery();
            }
            catch
            {
                TryRollback();
                throw;
            }
        }

        /// <summary>Writes one batch inside its savepoint: all of it, or (on a conflict or an error) none of it.</summary>
        public (IReadOnlyDictionary<string, string>? ETags, Exception? Error) Apply(PendingWrite pending, string now)
        {
            _savepoint.ExecuteNonQuery();
            try
            {
                var outcome = pending.Changes is { } changes ? Write(changes, now) : Delete(pending.Deletes!);
                if (outcome.Error is null)
                {
                    _release.ExecuteNonQuery();
                    return outcome;
                }

                RollBackBatch();
                return outcome;
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // This batch alone is undone (a document that cannot be written, a statement that fails): the
                // others of the group still commit. If even the rollback fails, the whole group fails above.
                RollBackBatch();
                return (null, ex);
            }
        }

        /// <summary>Rolls back whatever transaction is open, then closes: the pool must not get a connection mid-transaction.</summary>
        public void Abandon()
        {
            TryRollback();
            Dispose();
        }

        public void Dispose()
        {
            foreach (var command in _commands)
            {
                command.Dispose();
            }

            _connection.Dispose();
        }

        private (IReadOnlyDictionary<string, string>? ETags, Exception? Error) Write(IReadOnlyDictionary<string, StoreItem> changes, string now)
        {
            var newETags = new Dictionary<string, string>(changes.Count, StringComparer.Ordinal);
            List<string>? conflicts = null;
            foreach (var (key, item) in changes)
            {
                var eTag = StorageArguments.NewETag();
                var requiresMatch = StorageArguments.RequiresMatch(item);
                var statement = item.CreateOnly ? _insertIfAbsent : requiresMatch ? _updateIfMatch : _upsert;
                statement.Bind("$key", key);
                statement.Bind("$document", item.Document.GetRawText());
                statement.Bind("$etag", eTag);
                statement.Bind("$now", now);
                if (requiresMatch)
                {
                    statement.Bind("$expected", item.ETag!);
                }

                if (statement.Command.ExecuteNonQuery() == 0)
                {
                    (conflicts ??= []).Add(key);
                }

                newETags[key] = eTag;
            }

            return conflicts is null ? (newETags, null) : (null, new StorageConcurrencyException(conflicts));
        }

        private (IReadOnlyDictionary<string, string>? ETags, Exception? Error) Delete(string[] keys)
        {
            foreach (var key in keys)
            {
                _delete.Bind("$key", key);
                _delete.Command.ExecuteNonQuery();
            }

            return (new Dictionary<string, string>(StringComparer.Ordinal), null);
        }

        private void RollBackBatch()
        {
            _rollbackToSavepoint.ExecuteNonQuery();
            _release.ExecuteNonQuery();
        }

        private void TryRollback()
        {
            try
            {
                _rollback.ExecuteNonQuery();
            }
            catch (SqliteException)
            {
                // No transaction left to roll back (SQLite ended it itself): nothing to undo.
            }
        }

        private SqliteCommand Prepare(string sql)
        {
            var command = _connection.CreateCommand();
            command.CommandText = sql;
            _commands.Add(command);
            return command;
        }
    }

    /// <summary>A prepared write statement and its named parameters, bound anew for each item.</summary>
    private sealed class Statement(SqliteCommand command)
    {
        private readonly Dictionary<string, SqliteParameter> _parameters = new(StringComparer.Ordinal);

        public SqliteCommand Command { get; } = command;

        public void Bind(string name, string value)
        {
            if (!_parameters.TryGetValue(name, out var parameter))
            {
                parameter = Command.Parameters.Add(name, SqliteType.Text);
                _parameters[name] = parameter;
            }

            parameter.Value = value;
        }
    }
}
