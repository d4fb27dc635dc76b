using CareerBot.BotFramework.Authentication;
using CareerBot.Testing;
using Microsoft.Identity.Client;

namespace CareerBot.BotFramework.Tests.Authentication;

/// <summary>MSAL client-credentials flow against a real HTTPS token endpoint on 127.0.0.1.</summary>
public sealed class ClientSecretAccessTokenProviderTests : IAsyncLifetime
{
    private LocalTokenEndpoint _endpoint = null!;

    public async Task InitializeAsync() => _endpoint = await LocalTokenEndpoint.StartAsync();

    public async Task DisposeAsync() => await _endpoint.DisposeAsync();

    [Fact]
    public async Task Multi_tenant_bot_gets_a_client_credentials_token_from_the_botframework_tenant()
    {
        var provider = Create(new BotFrameworkAuthenticationOptions { MicrosoftAppId = "app-id", MicrosoftAppPassword = "app-secret" });

        var token = await provider.GetAccessTokenAsync();

        Assert.Equal("access-token-1", token);
        var request = Assert.Single(_endpoint.Requests);
        Assert.Equal("/botframework.com/oauth2/v2.0/token", request.Path);
        Assert.Equal("client_credentials", request.Parameters["grant_type"]);
        Assert.Equal("app-id", request.Parameters["client_id"]);
        Assert.Equal("app-secret", request.Parameters["client_secret"]);
        Assert.Equal("https://api.botframework.com/.default", request.Parameters["scope"]);
    }

    [Fact]
    public async Task Single_tenant_bot_gets_its_token_from_its_own_tenant()
    {
        var provider = Create(new BotFrameworkAuthenticationOptions
        {
            MicrosoftAppId = "app-id",
            MicrosoftAppPassword = "app-secret",
            MicrosoftAppType = "SingleTenant",
            MicrosoftAppTenantId = "contoso.onmicrosoft.com",
        });

        await provider.GetAccessTokenAsync();

        Assert.Equal("/contoso.onmicrosoft.com/oauth2/v2.0/token", Assert.Single(_endpoint.Requests).Path);
    }

    [Fact]
    public async Task Token_is_served_from_cache_while_far_from_expiry()
    {
        _endpoint.ExpiresInSeconds = 3600;
        var provider = Create(new BotFrameworkAuthenticationOptions { MicrosoftAppId = "app-id", MicrosoftAppPassword = "app-secret" });

        var first = await provider.GetAccessTokenAsync();
        var second = await provider.GetAccessTokenAsync();

        Assert.Equal(first, second);
        Assert.Single(_endpoint.Requests);
    }

    [Fact]
    public async Task Token_near_expiry_is_replaced_by_a_new_one()
    {
        // Two minutes is inside MSAL's five-minute expiry margin: the cached token is already due for renewal.
        _endpoint.ExpiresInSeconds = 120;
        var provider = Create(new BotFrameworkAuthenticationOptions { MicrosoftAppId = "app-id", MicrosoftAppPassword = "app-secret" });

        var first = await provider.GetAccessTokenAsync();
        var second = await provider.GetAccessTokenAsync();

        Assert.Equal("access-token-1", first);
        Assert.Equal("access-token-2", second);
        Assert.Equal(2, _endpoint.Requests.Count);
    }

    [Fact]
    public async Task Refused_credentials_give_a_clear_exception()
    {
        _endpoint.FailWithError = "invalid_client";
        var provider = Create(new BotFrameworkAuthenticationOptions { MicrosoftAppId = "app-id", MicrosoftAppPassword = "wrong-secret" });

        var error = await Assert.ThrowsAsync<AccessTokenAcquisitionException>(() => provider.GetAccessTokenAsync());

        Assert.Contains(_endpoint.BaseUrl + "/botframework.com", error.Message, StringComparison.Ordinal);
        Assert.Contains("invalid_client", error.Message, StringComparison.Ordinal);
        Assert.Contains("MicrosoftAppPassword", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong-secret", error.Message, StringComparison.Ordinal);
        Assert.IsType<MsalServiceException>(error.InnerException, exactMatch: false);
        Assert.Single(_endpoint.Requests);
    }

    private ClientSecretAccessTokenProvider Create(BotFrameworkAuthenticationOptions options)
    {
        options.ToChannelFromBotLoginUrlPrefix = _endpoint.BaseUrl + "/";
        return new ClientSecretAccessTokenProvider(options, _endpoint.HttpClientFactory);
    }
}
