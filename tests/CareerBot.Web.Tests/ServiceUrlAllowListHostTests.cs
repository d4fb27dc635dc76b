using System.Net;
using CareerBot.BotFramework.Schema;
using CareerBot.Testing;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CareerBot.Web.Tests;

/// <summary>
/// SSRF through the whole host: an authenticated bot (app id, tokens from a <see cref="TestTokenIssuer"/>, its own
/// outbound token from a <see cref="LocalTokenEndpoint"/>) receives activities with valid tokens whose serviceUrl is
/// an "evil" Kestrel server on 127.0.0.1. Emulator tokens carry no <c>serviceurl</c> claim, so the allow-list is all
/// that stands between the activity and the bot's token. The control host, whose list names the evil server, shows
/// that without the refusal the token would have reached it.
/// </summary>
public sealed class ServiceUrlAllowListHostTests(CareerBotFactory factory) : IClassFixture<CareerBotFactory>, IAsyncLifetime
{
    private TestTokenIssuer _issuer = null!;
    private LocalTokenEndpoint _tokenEndpoint = null!;
    private FakeChannelConnector _evil = null!;

    public async Task InitializeAsync()
    {
        _issuer = await TestTokenIssuer.StartAsync();
        _tokenEndpoint = await LocalTokenEndpoint.StartAsync();
        _evil = await FakeChannelConnector.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _evil.DisposeAsync();
        await _tokenEndpoint.DisposeAsync();
        await _issuer.DisposeAsync();
    }

    public enum ValidToken
    {
        /// <summary>Entra v1 token of the Emulator: no serviceurl claim.</summary>
        EmulatorV1,

        /// <summary>Entra v2 token of the Emulator: no serviceurl claim.</summary>
        EmulatorV2,

        /// <summary>A channel token whose serviceurl claim names the evil host (a channel misled, or a test key).</summary>
        ChannelVouchingForTheUrl,
    }

    [Theory]
    [InlineData(ValidToken.EmulatorV1, DeliveryModes.Normal)]
    [InlineData(ValidToken.EmulatorV2, DeliveryModes.Normal)]
    [InlineData(ValidToken.ChannelVouchingForTheUrl, DeliveryModes.Normal)]
    [InlineData(ValidToken.EmulatorV1, DeliveryModes.ExpectReplies)]
    public async Task An_authenticated_activity_naming_a_foreign_service_url_is_refused_and_the_host_receives_nothing(ValidToken token, string deliveryMode)
    {
        await using var host = Host(allowEvil: false);
        var serviceUrl = _evil.ServiceUrl.ToString();
        var client = new BotClient(host.CreateClient(), "conv-ssrf") { Bearer = Token(token, serviceUrl) };

        using var response = await client.PostAsync(BotClient.NewActivity(ActivityTypes.Message, "conv-ssrf", "Bonjour", serviceUrl, deliveryMode));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var error = BotJson.Deserialize<ErrorResponse>(await response.Content.ReadAsStringAsync())!.Error!;
        Assert.Equal("ServiceUrlNotAllowed", error.Code);
        Assert.Contains("BotFramework:AllowedServiceUrls", error.Message, StringComparison.Ordinal);
        // Stopping the host waits for its background work: a stray send would have landed by then.
        await host.DisposeAsync();
        Assert.Empty(_evil.Requests);
        Assert.Empty(_tokenEndpoint.Requests);
    }

    [Fact]
    public async Task Control_a_host_whose_list_names_the_server_does_send_it_the_token()
    {
        await using var host = Host(allowEvil: true);
        var serviceUrl = _evil.ServiceUrl.ToString();
        var client = new BotClient(host.CreateClient(), "conv-control") { Bearer = Token(ValidToken.EmulatorV1, serviceUrl) };

        using var response = await client.PostAsync(BotClient.NewActivity(ActivityTypes.Message, "conv-control", "Bonjour", serviceUrl, DeliveryModes.Normal));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Bearer access-token-1", Assert.Single(_evil.Delivered).Authorization);
    }

    [Fact]
    public async Task An_unauthenticated_request_still_gets_a_bare_401_whatever_its_service_url()
    {
        await using var host = Host(allowEvil: false);
        var client = new BotClient(host.CreateClient(), "conv-anon");

        using var response = await client.PostAsync(BotClient.NewActivity(ActivityTypes.Message, "conv-anon", "Bonjour", _evil.ServiceUrl.ToString()));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(string.Empty, await response.Content.ReadAsStringAsync());
        Assert.Empty(_evil.Requests);
    }

    private WebApplicationFactory<Program> Host(bool allowEvil)
    {
        var settings = _issuer.Settings();
        settings["ToChannelFromBotLoginUrlPrefix"] = _tokenEndpoint.BaseUrl + "/";
        if (allowEvil)
        {
            settings["BotFramework:AllowedServiceUrls:0"] = _evil.ServiceUrl.GetLeftPart(UriPartial.Authority);
        }

        return factory.WithSettings(settings, services => services.Replace(ServiceDescriptor.Singleton(_tokenEndpoint.HttpClientFactory)));
    }

    private string Token(ValidToken token, string serviceUrl) => token switch
    {
        ValidToken.EmulatorV1 => _issuer.CreateEmulatorToken(version: "1.0"),
        ValidToken.EmulatorV2 => _issuer.CreateEmulatorToken(version: "2.0"),
        ValidToken.ChannelVouchingForTheUrl => _issuer.CreateChannelToken(serviceUrl: serviceUrl),
        _ => throw new ArgumentOutOfRangeException(nameof(token)),
    };
}
