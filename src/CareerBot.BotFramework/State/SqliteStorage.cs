using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace CareerBot.BotFramework.State;

/// <summary>
/// <see cref="IStorage"/> in one SQLite file (table <c>bot_state</c>: key, document, etag, updated_at), safe for
/// concurrent turns and for several processes sharing the file: WAL journaling lets readers run beside a writer,
/// writers wait for each other up to <see cref="SqliteStorageOptions.BusyTimeout"/>, and each batch's eTag checks
/// and writes run in one <c>BEGIN IMMEDIATE</c> transaction, so two writers holding the same eTag cannot both win.
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

    private const string Upsert = """
        INSERT INTO bot_state (key, document, etag, updated_at) VALUES ($key, $document, $etag, $now)
        ON CONFLICT (key) DO UPDATE SET document = excluded.document, etag = excluded.etag, updated_at = excluded.updated_at;
        """;

    private const string UpdateIfMatch = """
        UPDATE bot_state SET document = $document, etag = $etag, updated_at = $now WHERE key = $key AND etag = $expected;
        """;

    private const string InsertIfAbsent = """
        INSERT INTO bot_state (key, document, etag, updated_at) VALUES ($key, $document, $etag, $now)
        ON CONFLICT (key) DO NOTHING;
        """;

    private readonly SqliteDatabase _database;

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
        var found = new Dictionary<string, StoreItem>(StringComparer.Ordinal);
        if (distinct.Length == 0)
        {
            return found;
        }

        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT key, document, etag FROM bot_state WHERE key IN ({AddKeyParameters(command, distinct)});";
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    // The TEXT column read as its UTF-8 bytes: parsed as is, without a detour through a UTF-16 string.
                    var document = JsonSerializer.Deserialize<JsonElement>(reader.GetFieldValue<byte[]>(1));
                    found[reader.GetString(0)] = new StoreItem(document, reader.GetString(2));
                }
            }
        }

        return found;
    }

    public async Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken = default)
    {
        StorageArguments.ValidateChanges(changes, nameof(changes));
        var newETags = new Dictionary<string, string>(StringComparer.Ordinal);
        if (changes.Count == 0)
        {
            return newETags;
        }

        var now = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture);
        using var writerTurn = await _database.WaitToWriteAsync(cancellationToken).ConfigureAwait(false);
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            // Not deferred: BEGIN IMMEDIATE takes the write lock up front (waiting on the busy timeout), so the
            // eTag checks below see the latest committed version and nobody can commit between check and write.
            using var transaction = connection.BeginTransaction(deferred: false);
            var conflicts = new List<string>();
            foreach (var (key, item) in changes)
            {
                var eTag = StorageArguments.NewETag();
                using var command = CreateWriteCommand(connection, transaction, key, item, eTag, now);
                var rows = await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                if (rows == 0)
                {
                    conflicts.Add(key);
                }

                newETags[key] = eTag;
            }

            if (conflicts.Count > 0)
            {
                await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
                throw new StorageConcurrencyException(conflicts);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        return newETags;
    }

    public async Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        var distinct = StorageArguments.DistinctKeys(keys, nameof(keys));
        if (distinct.Length == 0)
        {
            return;
        }

        using var writerTurn = await _database.WaitToWriteAsync(cancellationToken).ConfigureAwait(false);
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"DELETE FROM bot_state WHERE key IN ({AddKeyParameters(command, distinct)});";
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task<bool> IsReadyAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
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

    public void Dispose() => _database.Dispose();

    private Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken) => _database.OpenAsync(cancellationToken);

    private static SqliteCommand CreateWriteCommand(SqliteConnection connection, SqliteTransaction transaction, string key, StoreItem item, string eTag, string now)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = item.CreateOnly ? InsertIfAbsent : StorageArguments.RequiresMatch(item) ? UpdateIfMatch : Upsert;
        command.Parameters.AddWithValue("$key", key);
        command.Parameters.AddWithValue("$document", item.Document.GetRawText());
        command.Parameters.AddWithValue("$etag", eTag);
        command.Parameters.AddWithValue("$now", now);
        if (StorageArguments.RequiresMatch(item))
        {
            command.Parameters.AddWithValue("$expected", item.ETag);
        }

        return command;
    }

    /// <summary>Binds the keys as $k0, $k1… and returns the placeholder list for an IN clause.</summary>
    private static string AddKeyParameters(SqliteCommand command, string[] keys)
    {
        var names = new string[keys.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            names[i] = string.Create(CultureInfo.InvariantCulture, $"$k{i}");
            command.Parameters.AddWithValue(names[i], keys[i]);
        }

        return string.Join(", ", names);
    }
}
