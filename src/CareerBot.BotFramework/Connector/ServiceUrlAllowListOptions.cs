namespace CareerBot.BotFramework.Connector;

/// <summary>The configured service URL patterns, bound from the <c>BotFramework</c> section.</summary>
public sealed class ServiceUrlAllowListOptions
{
    public const string SectionName = "BotFramework";

    /// <summary>
    /// Patterns of <see cref="ServiceUrlAllowList"/>; when any is given they replace the defaults (the channel
    /// services, plus loopback in anonymous mode). Environment variables: <c>BotFramework__AllowedServiceUrls__0</c>, …
    /// </summary>
    public List<string> AllowedServiceUrls { get; set; } = [];
}
