namespace CareerBot.BotFramework.State;

/// <summary>
/// A write's eTag precondition failed: the item changed (or appeared, or vanished) since the writer read it.
/// The usual answer is to read again, re-apply the change and retry, or to fail the turn.
/// </summary>
public sealed class StorageConcurrencyException : Exception
{
    public StorageConcurrencyException()
        : base("The storage item was changed by another writer.")
    {
    }

    public StorageConcurrencyException(string message)
        : base(message)
    {
    }

    public StorageConcurrencyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public StorageConcurrencyException(IReadOnlyList<string> keys)
        : base($"Precondition failed: the storage item(s) '{string.Join("', '", keys)}' were changed by another writer.")
    {
        Keys = keys;
    }

    /// <summary>The keys whose precondition failed (empty when built from a message only).</summary>
    public IReadOnlyList<string> Keys { get; } = [];
}
