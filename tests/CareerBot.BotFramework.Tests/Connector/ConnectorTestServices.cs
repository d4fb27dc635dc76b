using CareerBot.BotFramework.Authentication;
using CareerBot.BotFramework.Connector;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.BotFramework.Tests.Connector;

/// <summary>
/// The production registration (<see cref="ConnectorServiceCollectionExtensions.AddBotConnector"/>) with delays
/// small enough for tests; each test can override settings or add services.
/// </summary>
internal static class ConnectorTestServices
{
    public const int MaxRetryAttempts = 3;

    public static ServiceProvider Build(
        IAccessTokenProvider tokenProvider,
        IDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? configure = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["Connector:MaxRetryAttempts"] = MaxRetryAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Connector:BaseDelay"] = "00:00:00.010",
            ["Connector:Timeout"] = "00:00:10",
            ["Connector:AttemptTimeout"] = "00:00:05",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var services = new ServiceCollection();
        services.AddSingleton(tokenProvider);
        services.AddBotConnector(new ConfigurationBuilder().AddInMemoryCollection(values).Build());
        configure?.Invoke(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    public static IConnectorClient CreateClient(this ServiceProvider services, Uri serviceUrl) =>
        services.GetRequiredService<IConnectorClientFactory>().Create(serviceUrl.ToString());
}

/// <summary>The bot's credentials as a fixed token, or none (anonymous mode), counting the calls.</summary>
internal sealed class FixedAccessTokenProvider(string? token) : IAccessTokenProvider
{
    private int _calls;

    public int Calls => _calls;

    public Task<string?> GetAccessTokenAsync(CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _calls);
        return Task.FromResult(token);
    }
}
