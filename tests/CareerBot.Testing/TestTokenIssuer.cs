using System.Net;
using System.Text.Json;
using CareerBot.BotFramework.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Xunit;

namespace CareerBot.Testing;

/// <summary>
/// A stand-in for the Bot Framework and Entra token services, for tests: serves OpenID metadata and JWKS
/// documents from a Kestrel server on 127.0.0.1 (random port) and mints tokens signed with keys generated in the
/// test. <see cref="Settings"/> gives the configuration that points the bot at this server.
/// <para>
/// Bot Framework metadata: <see cref="BotOpenIdMetadataUrl"/>, keys with <c>endorsements</c> (initially
/// <see cref="ChannelKey"/>). Entra metadata (v1 and v2, same keys): <see cref="EmulatorOpenIdMetadataUrlV1"/>,
/// <see cref="EmulatorOpenIdMetadataUrlV2"/>, keys without endorsements (initially <see cref="EntraKey"/>).
/// </para>
/// Use as an xunit class fixture, or <c>await using var issuer = await TestTokenIssuer.StartAsync();</c>.
/// </summary>
public sealed class TestTokenIssuer : IAsyncLifetime, IAsyncDisposable
{
    public const string DefaultAppId = "8a5b6e1c-3f2d-4c7a-9e10-2b4d6f8a0c1e";
    public const string DefaultAppPassword = "test-app-password";
    public const string DefaultServiceUrl = "https://smba.trafficmanager.net/emea/";
    public const string DefaultChannelId = "msteams";

    /// <summary>Tenant of the Emulator tokens minted by default (botframework.com).</summary>
    public const string DefaultEmulatorTenantId = "d6d49420-f39b-4df7-a1dc-d59a935871db";

    private static readonly string[] SigningAlgorithms = ["RS256"];

    private readonly Lock _gate = new();
    private readonly List<TestSigningKey> _channelKeys = [];
    private readonly List<TestSigningKey> _entraKeys = [];
    private readonly List<TestSigningKey> _ownedKeys = [];
    private readonly JsonWebTokenHandler _handler = new();
    private WebApplication? _server;
    private int _channelKeysRequests;

    public TestTokenIssuer()
    {
        ChannelKey = CreateKey("channel-key-1", "msteams", "webchat", "directline", "emulator");
        EntraKey = CreateKey("entra-key-1");
        _channelKeys.Add(ChannelKey);
        _entraKeys.Add(EntraKey);
    }

    /// <summary>The Bot Framework key published at start, endorsed for msteams, webchat, directline and emulator.</summary>
    public TestSigningKey ChannelKey { get; }

    /// <summary>The Entra key published at start (signs Emulator tokens).</summary>
    public TestSigningKey EntraKey { get; }

    /// <summary><c>http://127.0.0.1:{port}</c>, once started.</summary>
    public string BaseUrl { get; private set; } = string.Empty;

    public string BotOpenIdMetadataUrl => BaseUrl + "/botframework/v1/.well-known/openidconfiguration";

    public string EmulatorOpenIdMetadataUrlV1 => BaseUrl + "/common/.well-known/openid-configuration";

    public string EmulatorOpenIdMetadataUrlV2 => BaseUrl + "/common/v2.0/.well-known/openid-configuration";

    /// <summary>How many times the Bot Framework JWKS was downloaded (shows metadata caching and refreshes).</summary>
    public int ChannelKeysRequests => Volatile.Read(ref _channelKeysRequests);

    public static async Task<TestTokenIssuer> StartAsync()
    {
        var issuer = new TestTokenIssuer();
        await issuer.InitializeAsync();
        return issuer;
    }

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        _server = builder.Build();

        _server.MapGet("/botframework/v1/.well-known/openidconfiguration", () => Json(new Dictionary<string, object>
        {
            ["issuer"] = AuthenticationConstants.ChannelTokenIssuer,
            ["authorization_endpoint"] = "https://invalid.botframework.com",
            ["jwks_uri"] = BaseUrl + "/botframework/v1/.well-known/keys",
            ["id_token_signing_alg_values_supported"] = SigningAlgorithms,
        }));
        _server.MapGet("/botframework/v1/.well-known/keys", () =>
        {
            Interlocked.Increment(ref _channelKeysRequests);
            return KeySet(_channelKeys);
        });
        _server.MapGet("/common/.well-known/openid-configuration", () => Json(new Dictionary<string, object>
        {
            ["issuer"] = "https://sts.windows.net/{tenantid}/",
            ["jwks_uri"] = BaseUrl + "/common/discovery/keys",
        }));
        _server.MapGet("/common/v2.0/.well-known/openid-configuration", () => Json(new Dictionary<string, object>
        {
            ["issuer"] = "https://login.microsoftonline.com/{tenantid}/v2.0",
            ["jwks_uri"] = BaseUrl + "/common/discovery/v2.0/keys",
        }));
        _server.MapGet("/common/discovery/keys", () => KeySet(_entraKeys));
        _server.MapGet("/common/discovery/v2.0/keys", () => KeySet(_entraKeys));

        await _server.StartAsync();
        BaseUrl = _server.Urls.Single();
    }

    /// <summary>
    /// Configuration settings (root keys, as the bot reads them) for a bot with <paramref name="appId"/> (null =
    /// anonymous) whose metadata comes from this server.
    /// </summary>
    public Dictionary<string, string?> Settings(string? appId = DefaultAppId) => new()
    {
        ["MicrosoftAppId"] = appId,
        ["MicrosoftAppPassword"] = appId is null ? null : DefaultAppPassword,
        ["BotOpenIdMetadataUrl"] = BotOpenIdMetadataUrl,
        ["EmulatorOpenIdMetadataUrlV1"] = EmulatorOpenIdMetadataUrlV1,
        ["EmulatorOpenIdMetadataUrlV2"] = EmulatorOpenIdMetadataUrlV2,
    };

    /// <summary>Options equivalent to <see cref="Settings"/>.</summary>
    public BotFrameworkAuthenticationOptions Options(string? appId = DefaultAppId, string? tenantId = null) => new()
    {
        MicrosoftAppId = appId,
        MicrosoftAppPassword = appId is null ? null : DefaultAppPassword,
        MicrosoftAppTenantId = tenantId,
        BotOpenIdMetadataUrl = BotOpenIdMetadataUrl,
        EmulatorOpenIdMetadataUrlV1 = EmulatorOpenIdMetadataUrlV1,
        EmulatorOpenIdMetadataUrlV2 = EmulatorOpenIdMetadataUrlV2,
    };

    /// <summary>A new key pair, disposed with this issuer; not published until passed to a Publish method.</summary>
    public TestSigningKey CreateKey(string keyId, params string[] endorsements)
    {
        var key = new TestSigningKey(keyId, endorsements);
        lock (_gate)
        {
            _ownedKeys.Add(key);
        }

        return key;
    }

    /// <summary>Adds a key to the Bot Framework JWKS (key rotation); clients see it when they next download it.</summary>
    public void PublishChannelKey(TestSigningKey key)
    {
        lock (_gate)
        {
            _channelKeys.Add(key);
        }
    }

    /// <summary>
    /// A token as a Bot Framework channel sends it: issuer https://api.botframework.com, audience the app id,
    /// <c>serviceurl</c> claim (omitted when null), signed by <see cref="ChannelKey"/> unless told otherwise.
    /// </summary>
    public string CreateChannelToken(
        string audience = DefaultAppId,
        string? serviceUrl = DefaultServiceUrl,
        TestSigningKey? signingKey = null,
        string issuer = AuthenticationConstants.ChannelTokenIssuer,
        DateTime? expires = null)
    {
        var claims = new Dictionary<string, object>();
        if (serviceUrl is not null)
        {
            claims[AuthenticationConstants.ServiceUrlClaim] = serviceUrl;
        }

        return CreateToken(issuer, audience, claims, signingKey ?? ChannelKey, expires);
    }

    /// <summary>
    /// A token as the Bot Framework Emulator sends it: an Entra token of <paramref name="tenantId"/> with
    /// <c>ver</c> <paramref name="version"/> ("1.0": issuer sts.windows.net and <c>appid</c> claim; "2.0": issuer
    /// login.microsoftonline.com/.../v2.0 and <c>azp</c> claim, both = <paramref name="clientAppId"/>), signed by
    /// <see cref="EntraKey"/> unless told otherwise.
    /// </summary>
    public string CreateEmulatorToken(
        string clientAppId = DefaultAppId,
        string version = "1.0",
        string audience = DefaultAppId,
        string tenantId = DefaultEmulatorTenantId,
        TestSigningKey? signingKey = null)
    {
        var isV2 = version == "2.0";
        var claims = new Dictionary<string, object>
        {
            [AuthenticationConstants.VersionClaim] = version,
            [isV2 ? AuthenticationConstants.AuthorizedPartyClaim : AuthenticationConstants.AppIdClaim] = clientAppId,
            ["tid"] = tenantId,
        };
        var issuer = isV2 ? AuthenticationConstants.EntraV2Issuer(tenantId) : AuthenticationConstants.EntraV1Issuer(tenantId);
        return CreateToken(issuer, audience, claims, signingKey ?? EntraKey, expires: null);
    }

    /// <summary>Any signed token, for cases the two shapes above do not cover.</summary>
    public string CreateToken(string issuer, string audience, IDictionary<string, object> claims, TestSigningKey signingKey, DateTime? expires)
    {
        var expiry = expires ?? DateTime.UtcNow.AddHours(1);
        return _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Claims = claims,
            IssuedAt = expiry.AddHours(-1),
            NotBefore = expiry.AddHours(-1),
            Expires = expiry,
            SigningCredentials = signingKey.SigningCredentials,
        });
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        lock (_gate)
        {
            foreach (var key in _ownedKeys)
            {
                key.Dispose();
            }
        }
    }

    async ValueTask IAsyncDisposable.DisposeAsync() => await DisposeAsync();

    private IResult KeySet(List<TestSigningKey> keys)
    {
        lock (_gate)
        {
            return Json(new Dictionary<string, object> { ["keys"] = keys.Select(k => k.ToJwk()).ToList() });
        }
    }

    private static IResult Json(object document) =>
        Results.Text(JsonSerializer.Serialize(document), "application/json");
}
