using CareerBot.BotFramework.State;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CareerBot.Web.Health;

/// <summary>Readiness: the bot is ready only when its state storage answers.</summary>
public sealed class StorageHealthCheck(IStorageHealth storage) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            return await storage.IsReadyAsync(cancellationToken).ConfigureAwait(false)
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy("Storage is not ready.");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("Storage failed.", ex);
        }
    }
}
