using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using CareerBot.BotFramework.State;
using Microsoft.Data.Sqlite;

namespace CareerBot.Advisor.Feedback;

/// <summary>
/// <see cref="IFeedbackStore"/> in a SQLite file, table <c>feedback</c>: by default the bot state's file
/// (<c>Storage:Sqlite:Path</c>), beside <c>SqliteStorage</c>'s table, with the same rules so that both live well in one
/// file and in several processes: a connection per operation, WAL journaling (readers run beside a writer), writers
/// waiting for each other up to the busy timeout, parameterised SQL only. Timestamps are UTC text of fixed width
/// (<c>2026-01-31T09:15:00.0000000Z</c>), so text order is time order and the table reads well in the sqlite3 shell;
/// sources are a JSON array.
/// </summary>
public sealed class SqliteFeedbackStore : IFeedbackStore, IDisposable
{
    private const string Schema = """
        PRAGMA journal_mode = WAL;
        CREATE TABLE IF NOT EXISTS feedback (
            id TEXT NOT NULL PRIMARY KEY,
            timestamp TEXT NOT NULL,
            channel_id TEXT NOT NULL,
            conversation_id TEXT NOT NULL,
            user_hash TEXT NOT NULL,
            language TEXT NOT NULL,
            reaction TEXT NOT NULL,
            comment TEXT,
            question TEXT NOT NULL,
            answer TEXT NOT NULL,
            sources TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS feedback_by_time ON feedback (timestamp, id);
        """;

    private const string Columns = "id, timestamp, channel_id, conversation_id, user_hash, language, reaction, comment, question, answer, sources";

    private const string Upsert = $"""
        INSERT INTO feedback ({Columns})
        VALUES ($id, $timestamp, $channel_id, $conversation_id, $user_hash, $language, $reaction, $comment, $question, $answer, $sources)
        ON CONFLICT (id) DO UPDATE SET
            timestamp = excluded.timestamp, channel_id = excluded.channel_id, conversation_id = excluded.conversation_id,
            user_hash = excluded.user_hash, language = excluded.language, reaction = excluded.reaction, comment = excluded.comment,
            question = excluded.question, answer = excluded.answer, sources = excluded.sources;
        """;

    /// <summary>
    /// One page of <see cref="ReadAsync"/>, after the last (timestamp, id) seen: each page is a short read on its own
    /// connection, so a slow export neither holds a connection nor keeps a WAL snapshot open for its whole length.
    /// </summary>
    private const string ReadPage = $"""
        SELECT {Columns} FROM feedback
        WHERE timestamp >= $since AND (timestamp > $after_timestamp OR (timestamp = $after_timestamp AND id > $after_id))
        ORDER BY timestamp, id
        LIMIT $limit;
        """;

    private const int PageSize = 500;

    private const string TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    private const string LikeText = "like";

    private const string DislikeText = "dislike";

    private static readonly JsonSerializerOptions SourcesJson = new(JsonSerializerDefaults.Web);

    private readonly SqliteDatabase _database;

    /// <param name="databasePath">The database file (created if missing); relative paths are resolved against the current directory.</param>
    /// <param name="busyTimeout">How long a write waits for another connection's lock; 30 s when null, like the bot state's.</param>
    public SqliteFeedbackStore(string databasePath, TimeSpan? busyTimeout = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        var timeout = busyTimeout ?? TimeSpan.FromSeconds(30);
        ArgumentOutOfRangeException.ThrowIfLessThan(timeout, TimeSpan.Zero, nameof(busyTimeout));

        _database = new SqliteDatabase(databasePath, timeout, Schema);
    }

    /// <summary>The absolute path of the database file.</summary>
    public string FilePath => _database.FilePath;

    public async Task SaveAsync(FeedbackRecord record, CancellationToken cancellationToken = default)
    {
        var stored = FeedbackLimits.Normalize(record, nameof(record));
        using var writerTurn = await _database.WaitToWriteAsync(cancellationToken).ConfigureAwait(false);
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = connection.CreateCommand();
            command.CommandText = Upsert;
            command.Parameters.AddWithValue("$id", stored.Id);
            command.Parameters.AddWithValue("$timestamp", FormatTimestamp(stored.Timestamp));
            command.Parameters.AddWithValue("$channel_id", stored.ChannelId);
            command.Parameters.AddWithValue("$conversation_id", stored.ConversationId);
            command.Parameters.AddWithValue("$user_hash", stored.UserHash);
            command.Parameters.AddWithValue("$language", stored.Language);
            command.Parameters.AddWithValue("$reaction", stored.Reaction == FeedbackReaction.Like ? LikeText : DislikeText);
            command.Parameters.AddWithValue("$comment", (object?)stored.Comment ?? DBNull.Value);
            command.Parameters.AddWithValue("$question", stored.Question);
            command.Parameters.AddWithValue("$answer", stored.Answer);
            command.Parameters.AddWithValue("$sources", JsonSerializer.Serialize(stored.Sources, SourcesJson));
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task<FeedbackRecord?> FindAsync(string id, CancellationToken cancellationToken = default)
    {
        FeedbackLimits.ValidateId(id, nameof(id));
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT {Columns} FROM feedback WHERE id = $id;";
            command.Parameters.AddWithValue("$id", id);
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? ReadRecord(reader) : null;
            }
        }
    }

    public async IAsyncEnumerable<FeedbackRecord> ReadAsync(DateTimeOffset? since = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var sinceText = since is { } s ? FormatTimestamp(s) : string.Empty;
        // Before every timestamp and every id: the first page starts at the beginning.
        var (afterTimestamp, afterId) = (string.Empty, string.Empty);
        while (true)
        {
            var page = await ReadPageAsync(sinceText, afterTimestamp, afterId, cancellationToken).ConfigureAwait(false);
            foreach (var record in page)
            {
                yield return record;
            }

            if (page.Count < PageSize)
            {
                yield break;
            }

            (afterTimestamp, afterId) = (FormatTimestamp(page[^1].Timestamp), page[^1].Id);
        }
    }

    public async Task<int> DeleteOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default)
    {
        using var writerTurn = await _database.WaitToWriteAsync(cancellationToken).ConfigureAwait(false);
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = connection.CreateCommand();
            command.CommandText = "DELETE FROM feedback WHERE timestamp < $cutoff;";
            command.Parameters.AddWithValue("$cutoff", FormatTimestamp(cutoff));
            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public void Dispose() => _database.Dispose();

    private async Task<List<FeedbackRecord>> ReadPageAsync(string since, string afterTimestamp, string afterId, CancellationToken cancellationToken)
    {
        var page = new List<FeedbackRecord>();
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = connection.CreateCommand();
            command.CommandText = ReadPage;
            command.Parameters.AddWithValue("$since", since);
            command.Parameters.AddWithValue("$after_timestamp", afterTimestamp);
            command.Parameters.AddWithValue("$after_id", afterId);
            command.Parameters.AddWithValue("$limit", PageSize);
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    page.Add(ReadRecord(reader));
                }
            }
        }

        return page;
    }

    private static FeedbackRecord ReadRecord(SqliteDataReader reader) => new(
        Id: reader.GetString(0),
        Timestamp: DateTimeOffset.ParseExact(reader.GetString(1), TimestampFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
        ChannelId: reader.GetString(2),
        ConversationId: reader.GetString(3),
        UserHash: reader.GetString(4),
        Language: reader.GetString(5),
        Reaction: reader.GetString(6) switch
        {
            LikeText => FeedbackReaction.Like,
            DislikeText => FeedbackReaction.Dislike,
            var other => throw new InvalidDataException($"Feedback {reader.GetString(0)} has an unknown reaction '{other}'."),
        },
        Comment: reader.IsDBNull(7) ? null : reader.GetString(7),
        Question: reader.GetString(8),
        Answer: reader.GetString(9),
        Sources: JsonSerializer.Deserialize<FeedbackSource[]>(reader.GetString(10), SourcesJson) ?? []);

    private static string FormatTimestamp(DateTimeOffset timestamp) =>
        timestamp.UtcDateTime.ToString(TimestampFormat, CultureInfo.InvariantCulture);

    private Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken) => _database.OpenAsync(cancellationToken);
}
