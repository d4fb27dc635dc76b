using CareerBot.BotFramework.Authentication;
using CareerBot.BotFramework.Connector;
using CareerBot.BotFramework.Schema;
using CareerBot.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.BotFramework.Tests.Connector;

/// <summary>
/// The connector's own defence, whatever the origin of the address (a turn, a stored conversation reference): an
/// authenticated bot (app id set) never sends a request, hence never its token, to a host the allow-list does not
/// name. The "evil" host is a real Kestrel server on 127.0.0.1 that records what reaches it.
/// </summary>
public sealed class ServiceUrlGuardTests : IAsyncLifetime
{
    private const string Token = "bot-secret-token";
    private readonly FixedAccessTokenProvider _tokens = new(Token);
    private FakeChannelConnector _evil = null!;
    private FakeChannelConnector _channel = null!;

    public async Task InitializeAsync()
    {
        _evil = await FakeChannelConnector.StartAsync();
        _channel = await FakeChannelConnector.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _evil.DisposeAsync();
        await _channel.DisposeAsync();
    }

    [Fact]
    public void The_factory_refuses_a_service_url_outside_the_defaults_of_an_authenticated_bot()
    {
        using var services = Authenticated();

        var error = Assert.Throws<ServiceUrlNotAllowedException>(() => services.CreateClient(_evil.ServiceUrl));

        Assert.Contains("127.0.0.1", error.Message, StringComparison.Ordinal);
        Assert.Empty(_evil.Requests);
        Assert.Equal(0, _tokens.Calls);
    }

    [Fact]
    public async Task A_client_built_around_the_factory_still_sends_nothing_to_a_refused_host()
    {
        using var services = Authenticated();
        var http = services.GetRequiredService<IHttpClientFactory>().CreateClient(ConnectorClientFactory.HttpClientName);
        var client = new ConnectorClient(http, _evil.ServiceUrl, _tokens);

        await Assert.ThrowsAsync<ServiceUrlNotAllowedException>(() => client.SendToConversationAsync(Message()));
        await Assert.ThrowsAsync<ServiceUrlNotAllowedException>(() => client.GetConversationMembersAsync("conv-1"));

        // Refused once each, outside the retry pipeline, and nothing reached the host.
        Assert.Empty(_evil.Requests);
    }

    [Fact]
    public async Task A_redirect_from_an_allowed_channel_is_not_followed()
    {
        using var services = Authenticated(allowed: _channel.ServiceUrl.GetLeftPart(UriPartial.Authority));
        _channel.Script(new ScriptedResponse(307, Headers: new Dictionary<string, string> { ["Location"] = new Uri(_evil.ServiceUrl, "v3/steal").ToString() }));

        var error = await Assert.ThrowsAsync<ConnectorException>(() => services.CreateClient(_channel.ServiceUrl).SendToConversationAsync(Message()));

        Assert.Equal(System.Net.HttpStatusCode.TemporaryRedirect, error.StatusCode);
        Assert.Single(_channel.Requests);
        Assert.Empty(_evil.Requests);
    }

    [Fact]
    public async Task A_configured_list_lets_the_bot_reach_the_hosts_it_names_and_only_those()
    {
        using var services = Authenticated(allowed: _channel.ServiceUrl.GetLeftPart(UriPartial.Authority));

        await services.CreateClient(_channel.ServiceUrl).SendToConversationAsync(Message());

        Assert.Equal("Bearer " + Token, Assert.Single(_channel.Delivered).Authorization);
        Assert.Throws<ServiceUrlNotAllowedException>(() => services.CreateClient(_evil.ServiceUrl));
        Assert.Empty(_evil.Requests);
    }

    [Fact]
    public void An_unreadable_configured_pattern_stops_the_start_naming_the_setting()
    {
        using var services = Authenticated(allowed: "https://*.example/path");

        var error = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(
            () => services.GetRequiredService<Microsoft.Extensions.Options.IOptions<ServiceUrlAllowListOptions>>().Value);
        Assert.Contains("BotFramework:AllowedServiceUrls", error.Message, StringComparison.Ordinal);
    }

    private ServiceProvider Authenticated(string? allowed = null) => ConnectorTestServices.Build(
        _tokens,
        allowed is null ? null : new Dictionary<string, string?> { ["BotFramework:AllowedServiceUrls:0"] = allowed },
        services => services.Configure<BotFrameworkAuthenticationOptions>(options => options.MicrosoftAppId = TestTokenIssuer.DefaultAppId));

    private static Activity Message() => new()
    {
        Type = ActivityTypes.Message,
        Text = "hello",
        Conversation = new ConversationAccount("conv-1"),
    };
}
