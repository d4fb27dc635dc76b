using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;

namespace CareerBot.BotFramework.Authentication;

public static class BotFrameworkAuthenticationServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="BotFrameworkAuthenticationOptions"/> (bound from the root of
    /// <paramref name="configuration"/>, validated at start), the inbound <see cref="IChannelRequestAuthenticator"/>
    /// and the outbound <see cref="IAccessTokenProvider"/> matching the app type, all singletons.
    /// </summary>
    public static IServiceCollection AddBotFrameworkAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<BotFrameworkAuthenticationOptions>().Bind(configuration).ValidateOnStart();
        services.TryAddEnumerable(
            ServiceDescriptor.Singleton<IValidateOptions<BotFrameworkAuthenticationOptions>, BotFrameworkAuthenticationOptionsValidator>());

        services.AddHttpClient(MsalHttpClientFactory.HttpClientName);
        services.TryAddSingleton<IMsalHttpClientFactory, MsalHttpClientFactory>();

        services.TryAddSingleton<IChannelRequestAuthenticator, ChannelRequestAuthenticator>();
        services.TryAddSingleton(CreateAccessTokenProvider);
        return services;
    }

    private static IAccessTokenProvider CreateAccessTokenProvider(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<BotFrameworkAuthenticationOptions>>().Value;
        if (options.IsAnonymous)
        {
            return new AnonymousAccessTokenProvider();
        }

        var httpClientFactory = services.GetRequiredService<IMsalHttpClientFactory>();
        return options.ParseAppType() == BotAppType.UserAssignedMSI
            ? new ManagedIdentityAccessTokenProvider(options, httpClientFactory)
            : new ClientSecretAccessTokenProvider(options, httpClientFactory);
    }
}
