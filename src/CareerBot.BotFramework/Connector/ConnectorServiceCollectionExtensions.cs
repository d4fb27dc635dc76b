using CareerBot.BotFramework.Authentication;
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
    /// An <c>IAccessTokenProvider</c> must be registered separately. The <see cref="ServiceUrlAllowList"/> comes from
    /// <c>BotFramework:AllowedServiceUrls</c>, else the defaults for the mode of <see cref="BotFrameworkAuthenticationOptions"/>.
    /// </summary>
    public static IServiceCollection AddBotConnector(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<ConnectorClientOptions>()
            .Bind(configuration.GetSection(ConnectorClientOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ConnectorClientOptions>, ConnectorClientOptionsValidator>());

        services.AddOptions<ServiceUrlAllowListOptions>()
            .Bind(configuration.GetSection(ServiceUrlAllowListOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ServiceUrlAllowListOptions>, ServiceUrlAllowListOptionsValidator>());
        services.TryAddSingleton(sp => ServiceUrlAllowList.Create(
            sp.GetRequiredService<IOptions<ServiceUrlAllowListOptions>>().Value.AllowedServiceUrls,
            sp.GetRequiredService<IOptions<BotFrameworkAuthenticationOptions>>().Value.IsAnonymous));

        services.AddHttpClient(ConnectorClientFactory.HttpClientName)
            // Outermost, so that a refused address is neither retried nor sent the token.
            .AddHttpMessageHandler(sp => new ServiceUrlGuardHandler(sp.GetRequiredService<ServiceUrlAllowList>()))
            // The Connector API never redirects; following one would take the request where the list did not allow.
            .ConfigurePrimaryHttpMessageHandler((handler, _) =>
            {
                if (handler is SocketsHttpHandler sockets)
                {
                    sockets.AllowAutoRedirect = false;
                }
                else if (handler is HttpClientHandler client)
                {
                    client.AllowAutoRedirect = false;
                }
            })
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
