namespace CareerBot.BotFramework.State;

/// <summary>Readiness of a storage provider, for the host's <c>/readyz</c> probe.</summary>
public interface IStorageHealth
{
    /// <summary>True when the store answers a trivial query; false when it cannot be reached or opened.</summary>
    Task<bool> IsReadyAsync(CancellationToken cancellationToken = default);
}
