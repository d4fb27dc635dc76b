using CareerBot.Knowledge;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CareerBot.Web.Health;

/// <summary>
/// Readiness: the bot answers questions only once its knowledge index is loaded. An empty knowledge base is
/// "degraded" (the bot runs, but can only say it does not know), not down.
/// </summary>
public sealed class KnowledgeHealthCheck(KnowledgeBase knowledge) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var result = !knowledge.IsLoaded
            ? HealthCheckResult.Unhealthy("The knowledge index is not loaded yet.")
            : knowledge.Passages.Count == 0
                ? HealthCheckResult.Degraded("The knowledge base is empty.")
                : HealthCheckResult.Healthy($"{knowledge.Passages.Count} passages from {knowledge.Sources.Count} sources.");
        return Task.FromResult(result);
    }
}
