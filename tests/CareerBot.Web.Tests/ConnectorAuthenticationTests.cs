using System.Net;
using CareerBot.BotFramework.Schema;
using CareerBot.Testing;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CareerBot.Web.Tests;

/// <summary>
/// Outbound authentication through the whole host: in normal delivery mode the replies go to the channel's
/// connector over real HTTP, with the bot's bearer token that MSAL gets from a local HTTPS token endpoint, keeps
/// while it is valid and renews when it nears expiry. Each test has its own host, hence its own token cache.
/// </summary>
public sealed class ConnectorAuthenticationTests(CareerBotFactory factory) : IClassFixture<CareerBotFactory>, IAsyncLifetime
{
    private WebApplicationFactory<Program> _host = null!;
    private TestTokenIssuer _issuer = null!;
    private LocalTokenEndpoint _tokenEndpoint = null!;
    private FakeChannelConnector _channel = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _issuer = await TestTokenIssuer.StartAsync();
        _tokenEndpoint = await LocalTokenEndpoint.StartAsync();
        _channel = await FakeChannelConnector.StartAsync();
        var settings = _issuer.Settings();
        settings["ToChannelFromBotLoginUrlPrefix"] = _tokenEndpoint.BaseUrl + "/";
        // An authenticated bot talks only to the channel services; this test's channel is on loopback.
        settings["BotFramework:AllowedServiceUrls:0"] = _channel.ServiceUrl.GetLeftPart(UriPartial.Authority);
        // MSAL's HTTP clients must trust the token endpoint's test certificate.
        _host = factory.WithSettings(settings, services => services.Replace(ServiceDescriptor.Singleton(_tokenEndpoint.HttpClientFactory)));
        _http = _host.CreateClient();
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _channel.DisposeAsync();
        await _tokenEndpoint.DisposeAsync();
        await _issuer.DisposeAsync();
    }

    [Fact]
    public async Task Replies_carry_the_token_from_the_token_endpoint_which_is_reused_on_the_next_turn()
    {
        await SayAsync("conv-token-cache", "un");
        await SayAsync("conv-token-cache", "deux");

        var delivered = _channel.Delivered;
        Assert.Equal(2, delivered.Count);
        Assert.All(delivered, reply => Assert.Equal("Bearer access-token-1", reply.Authorization));
        Assert.Contains("« un »", delivered[0].ReadActivity().Text, StringComparison.Ordinal);
        Assert.Contains("« deux »", delivered[1].ReadActivity().Text, StringComparison.Ordinal);
        var tokenRequest = Assert.Single(_tokenEndpoint.Requests);
        Assert.Equal("/botframework.com/oauth2/v2.0/token", tokenRequest.Path);
        Assert.Equal("client_credentials", tokenRequest.Parameters["grant_type"]);
        Assert.Equal(TestTokenIssuer.DefaultAppId, tokenRequest.Parameters["client_id"]);
        Assert.Equal(TestTokenIssuer.DefaultAppPassword, tokenRequest.Parameters["client_secret"]);
        Assert.Equal("https://api.botframework.com/.default", tokenRequest.Parameters["scope"]);
    }

    [Fact]
    public async Task A_token_inside_the_expiry_margin_is_renewed_on_the_next_turn()
    {
        // Two minutes is inside MSAL's five-minute expiry margin: by the next turn the token is due for renewal.
        _tokenEndpoint.ExpiresInSeconds = 120;

        await SayAsync("conv-token-renewal", "un");
        await SayAsync("conv-token-renewal", "deux");

        Assert.Equal(["Bearer access-token-1", "Bearer access-token-2"], _channel.Delivered.Select(reply => reply.Authorization));
        Assert.Equal(2, _tokenEndpoint.Requests.Count);
    }

    /// <summary>
    /// One turn as a channel posts it: normal delivery mode, the fake connector as service URL, a valid channel
    /// token for that URL. The bot answers 200 with an empty body, its reply having gone through the connector.
    /// </summary>
    private async Task SayAsync(string conversationId, string text)
    {
        var serviceUrl = _channel.ServiceUrl.ToString();
        var client = new BotClient(_http, conversationId) { Bearer = _issuer.CreateChannelToken(serviceUrl: serviceUrl) };

        using var response = await client.PostAsync(BotClient.NewActivity(ActivityTypes.Message, conversationId, text, serviceUrl, DeliveryModes.Normal));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(string.Empty, await response.Content.ReadAsStringAsync());
    }
}
