namespace CareerBot.BotFramework.Connector;

/// <summary>
/// How hard the connector client tries before giving up; bound from the configuration section
/// <see cref="SectionName"/>.
/// </summary>
public sealed class ConnectorClientOptions
{
    public const string SectionName = "Connector";

    /// <summary>Retries after the first attempt (0 disables retries): 3 means at most 4 requests per call.</summary>
    public int MaxRetryAttempts { get; set; } = 3;

    /// <summary>First retry delay; later ones double, with jitter. A <c>Retry-After</c> header wins over it.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Budget of one call, all attempts and delays included.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Budget of one attempt, so that a hung connection is retried instead of eating <see cref="Timeout"/>.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
