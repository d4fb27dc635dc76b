using CareerBot.BotFramework.Authentication;
using CareerBot.BotFramework.Schema;
using CareerBot.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CareerBot.BotFramework.Tests.Authentication;

public sealed class AddBotFrameworkAuthenticationTests
{
    [Fact]
    public async Task Without_app_id_both_directions_are_anonymous()
    {
        using var services = Build([]);

        var identity = await services.GetRequiredService<IChannelRequestAuthenticator>().AuthenticateAsync(null, new Activity { ChannelId = "emulator" });
        var token = await services.GetRequiredService<IAccessTokenProvider>().GetAccessTokenAsync();

        Assert.False(identity.IsAuthenticated);
        Assert.Null(token);
    }

    [Theory]
    [InlineData("MultiTenant", typeof(ClientSecretAccessTokenProvider))]
    [InlineData("SingleTenant", typeof(ClientSecretAccessTokenProvider))]
    [InlineData("UserAssignedMSI", typeof(ManagedIdentityAccessTokenProvider))]
    public void Token_provider_matches_the_app_type_and_services_are_singletons(string appType, Type expectedProvider)
    {
        using var services = Build(new()
        {
            ["MicrosoftAppId"] = "app-id",
            ["MicrosoftAppPassword"] = "secret",
            ["MicrosoftAppType"] = appType,
            ["MicrosoftAppTenantId"] = "tenant-id",
        });

        Assert.IsType(expectedProvider, services.GetRequiredService<IAccessTokenProvider>());
        Assert.Same(services.GetRequiredService<IAccessTokenProvider>(), services.GetRequiredService<IAccessTokenProvider>());
        Assert.Same(services.GetRequiredService<IChannelRequestAuthenticator>(), services.GetRequiredService<IChannelRequestAuthenticator>());
    }

    [Fact]
    public void Invalid_settings_fail_on_first_use()
    {
        using var services = Build(new() { ["MicrosoftAppId"] = "app-id" });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IAccessTokenProvider>());

        Assert.Contains("MicrosoftAppPassword", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Registered_services_authenticate_channel_tokens_and_get_outbound_tokens_end_to_end()
    {
        await using var issuer = await TestTokenIssuer.StartAsync();
        await using var tokenEndpoint = await LocalTokenEndpoint.StartAsync();
        var settings = issuer.Settings();
        settings["ToChannelFromBotLoginUrlPrefix"] = tokenEndpoint.BaseUrl;
        var collection = new ServiceCollection();
        collection.AddBotFrameworkAuthentication(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        collection.AddSingleton(tokenEndpoint.HttpClientFactory);
        using var services = collection.BuildServiceProvider();

        var identity = await services.GetRequiredService<IChannelRequestAuthenticator>().AuthenticateAsync(
            "Bearer " + issuer.CreateChannelToken(),
            new Activity { ChannelId = TestTokenIssuer.DefaultChannelId, ServiceUrl = TestTokenIssuer.DefaultServiceUrl });
        var token = await services.GetRequiredService<IAccessTokenProvider>().GetAccessTokenAsync();

        Assert.True(identity.IsAuthenticated);
        Assert.Equal("access-token-1", token);
        Assert.Equal(TestTokenIssuer.DefaultAppId, Assert.Single(tokenEndpoint.Requests).Parameters["client_id"]);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings) =>
        new ServiceCollection()
            .AddBotFrameworkAuthentication(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .BuildServiceProvider();
}
