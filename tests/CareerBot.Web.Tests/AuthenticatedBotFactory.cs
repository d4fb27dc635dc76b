using CareerBot.BotFramework.Authentication;
using CareerBot.Testing;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CareerBot.Web.Tests;

/// <summary>
/// The real host in memory with an app id (<see cref="TestTokenIssuer.DefaultAppId"/>): every request must carry a
/// channel token, checked against the OpenID metadata and keys that <see cref="Issuer"/> serves on 127.0.0.1.
/// The authenticator's log is captured, to see why a request was refused. An xunit class fixture.
/// </summary>
public sealed class AuthenticatedBotFactory : IAsyncLifetime, IAsyncDisposable
{
    private readonly CareerBotFactory _factory = new();
    private WebApplicationFactory<Program>? _host;

    public TestTokenIssuer Issuer { get; } = new();

    /// <summary>A key in the Bot Framework JWKS that is endorsed for webchat only, not for the emulator channel.</summary>
    public TestSigningKey WebChatOnlyKey { get; private set; } = null!;

    public CapturingLogger<ChannelRequestAuthenticator> AuthenticatorLog { get; } = new();

    public async Task InitializeAsync()
    {
        await Issuer.InitializeAsync();
        // Published before the host first reads the metadata, so no key refresh (throttled) is involved.
        WebChatOnlyKey = Issuer.CreateKey("webchat-only-key", "webchat");
        Issuer.PublishChannelKey(WebChatOnlyKey);
        var settings = Issuer.Settings();
        // The tests' service URL is the loopback discard port, which an authenticated bot refuses by default.
        settings["BotFramework:AllowedServiceUrls:0"] = new Uri(BotClient.UnreachableServiceUrl).GetLeftPart(UriPartial.Authority);
        _host = _factory.WithSettings(
            settings,
            services => services.AddSingleton<ILogger<ChannelRequestAuthenticator>>(AuthenticatorLog));
    }

    public HttpClient CreateClient() => _host!.CreateClient();

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        await Issuer.DisposeAsync();
    }

    async ValueTask IAsyncDisposable.DisposeAsync() => await DisposeAsync();
}
