namespace CareerBot.BotFramework.State;

/// <summary>Settings of <see cref="SqliteStorage"/> (configuration section <c>Storage:Sqlite</c>).</summary>
public sealed class SqliteStorageOptions
{
    /// <summary>The database path used when none is configured, relative to the app's content root.</summary>
    public const string DefaultPath = "data/careerbot.db";

    /// <summary>The database file; relative paths are resolved against the current directory.</summary>
    public string Path { get; set; } = DefaultPath;

    /// <summary>
    /// How long a command waits for another connection's (or process's) write lock before failing with
    /// SQLITE_BUSY.
    /// </summary>
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
