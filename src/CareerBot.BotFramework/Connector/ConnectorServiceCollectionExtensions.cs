using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CareerBot.BotFramework.Connector;

/// <summary>Registers the Bot Connector client.</summary>
public static class ConnectorServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IConnectorClientFactory"/>, its resilient named <see cref="HttpClient"/> and
    /// <see cref="ConnectorClientOptions"/> bound from the <c>Connector</c> section of <paramref name="configuration"/>.
    /// An <c>IAccessTokenProvider</c> must be registered separately.
    /// </summary>
    public static IServiceCollection AddBotConnector(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<ConnectorClientOptions>()
            .Bind(configuration.GetSection(ConnectorClientOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ConnectorClientOptions>, ConnectorClientOptionsValidator>());

        services.AddHttpClient(ConnectorClientFactory.HttpClientName)
            // The pipeline's total timeout is the one budget; HttpClient's own 100 s default would cut it short
            // with a bare TaskCanceledException when configured longer.
            .ConfigureHttpClient(client => client.Timeout = Timeout.InfiniteTimeSpan)
            .AddResilienceHandler(ConnectorResiliencePipeline.Name, (builder, context) =>
            {
                context.EnableReloads<ConnectorClientOptions>();
                ConnectorResiliencePipeline.Configure(builder, context.GetOptions<ConnectorClientOptions>());
            });

        services.TryAddSingleton<IConnectorClientFactory, ConnectorClientFactory>();
        return services;
    }
}
