using System.Security.Claims;
using CareerBot.BotFramework.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace CareerBot.BotFramework.Authentication;

/// <summary>
/// Authenticates requests that channels post to the bot, with the rules of the Bot Connector authentication
/// protocol (the official SDK's channel and Emulator validation):
/// <list type="bullet">
/// <item>no app id configured: anonymous, every request is let in unauthenticated (local Emulator);</item>
/// <item>channel token: issuer <c>https://api.botframework.com</c>, audience = app id, RSA signature by a key of the
/// Bot Framework OpenID metadata that endorses the activity's channel, lifetime with 5 minutes of skew, and a
/// <c>serviceurl</c> claim equal to the activity's service URL;</item>
/// <item>Emulator token: an Entra v1 or v2 token of a Bot Framework tenant (or the bot's own tenant), signed by an
/// Entra key, audience = app id, whose <c>appid</c> (v1) or <c>azp</c> (v2) claim is the bot's app id.</item>
/// </list>
/// Which rules apply is decided by the unvalidated token's issuer, as the SDK does; the chosen rules then
/// validate everything, the issuer included.
/// </summary>
public sealed partial class ChannelRequestAuthenticator : IChannelRequestAuthenticator, IDisposable
{
    private static readonly string[] SigningAlgorithms =
        [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    private readonly BotFrameworkAuthenticationOptions _options;
    private readonly ILogger<ChannelRequestAuthenticator> _logger;
    private readonly HttpClient _metadataClient;
    private readonly OpenIdMetadataSource _channelMetadata;
    private readonly OpenIdMetadataSource _emulatorV1Metadata;
    private readonly OpenIdMetadataSource _emulatorV2Metadata;
    private readonly HashSet<string> _emulatorV1Issuers;
    private readonly HashSet<string> _emulatorV2Issuers;
    private readonly JsonWebTokenHandler _tokenHandler = new();

    public ChannelRequestAuthenticator(IOptions<BotFrameworkAuthenticationOptions> options, ILogger<ChannelRequestAuthenticator> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _logger = logger;

        // One long-lived client for all metadata downloads; pooled connections are recycled so DNS changes are seen.
        _metadataClient = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(15) })
        {
            Timeout = TimeSpan.FromSeconds(30),
        };
        _channelMetadata = new OpenIdMetadataSource(_options.BotOpenIdMetadataUrl, _metadataClient);
        _emulatorV1Metadata = new OpenIdMetadataSource(_options.EmulatorOpenIdMetadataUrlV1, _metadataClient);
        _emulatorV2Metadata = new OpenIdMetadataSource(_options.EmulatorOpenIdMetadataUrlV2, _metadataClient);

        var emulatorTenants = AuthenticationConstants.EmulatorTenantIds.ToList();
        if (!string.IsNullOrWhiteSpace(_options.MicrosoftAppTenantId))
        {
            emulatorTenants.Add(_options.MicrosoftAppTenantId);
        }

        _emulatorV1Issuers = emulatorTenants.Select(AuthenticationConstants.EntraV1Issuer).ToHashSet(StringComparer.Ordinal);
        _emulatorV2Issuers = emulatorTenants.Select(AuthenticationConstants.EntraV2Issuer).ToHashSet(StringComparer.Ordinal);
    }

    public async Task<ClaimsIdentity> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);

        // Without an app id there is nothing to validate a token against; the SDK then ignores any header too.
        if (_options.IsAnonymous)
        {
            return new ClaimsIdentity();
        }

        try
        {
            var token = ReadBearerToken(authorizationHeader);
            if (_emulatorV1Issuers.Contains(token.Issuer))
            {
                return await AuthenticateEmulatorTokenAsync(token, _emulatorV1Metadata, _emulatorV1Issuers, cancellationToken).ConfigureAwait(false);
            }

            if (_emulatorV2Issuers.Contains(token.Issuer))
            {
                return await AuthenticateEmulatorTokenAsync(token, _emulatorV2Metadata, _emulatorV2Issuers, cancellationToken).ConfigureAwait(false);
            }

            return await AuthenticateChannelTokenAsync(token, activity, cancellationToken).ConfigureAwait(false);
        }
        catch (UnauthorizedAccessException ex)
        {
            LogRejected(_logger, activity.ChannelId, ex.Message);
            throw;
        }
    }

    public void Dispose() => _metadataClient.Dispose();

    private JsonWebToken ReadBearerToken(string? authorizationHeader)
    {
        if (string.IsNullOrWhiteSpace(authorizationHeader))
        {
            throw new UnauthorizedAccessException("No Authorization header.");
        }

        var parts = authorizationHeader.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2 || !string.Equals(parts[0], "Bearer", StringComparison.OrdinalIgnoreCase))
        {
            throw new UnauthorizedAccessException("Authorization header is not of the form 'Bearer <token>'.");
        }

        if (!_tokenHandler.CanReadToken(parts[1]))
        {
            throw new UnauthorizedAccessException("Bearer token is not a well-formed JWT.");
        }

        try
        {
            return _tokenHandler.ReadJsonWebToken(parts[1]);
        }
        catch (ArgumentException ex)
        {
            throw new UnauthorizedAccessException($"Bearer token is not a well-formed JWT ({ex.GetType().Name}).");
        }
    }

    private async Task<ClaimsIdentity> AuthenticateChannelTokenAsync(JsonWebToken token, Activity activity, CancellationToken cancellationToken)
    {
        var (identity, signingKeyId, configuration) = await ValidateAsync(
            token, _channelMetadata, [AuthenticationConstants.ChannelTokenIssuer], cancellationToken).ConfigureAwait(false);

        // A channel id names who vouches for the activity; the key that signed the token must be endorsed for it.
        // An activity without channel id makes no such claim, which the SDK lets through.
        if (!string.IsNullOrWhiteSpace(activity.ChannelId)
            && !SigningKeyEndorsements.Find(configuration, signingKeyId).Contains(activity.ChannelId))
        {
            throw new UnauthorizedAccessException($"Signing key '{signingKeyId}' is not endorsed for channel '{activity.ChannelId}'.");
        }

        // The bot replies to the activity's service URL with its credentials: it must be the one the channel vouched for.
        var serviceUrl = identity.FindFirst(AuthenticationConstants.ServiceUrlClaim)?.Value;
        if (string.IsNullOrWhiteSpace(serviceUrl))
        {
            throw new UnauthorizedAccessException("Channel token has no serviceurl claim.");
        }

        if (!string.Equals(serviceUrl, activity.ServiceUrl, StringComparison.Ordinal))
        {
            throw new UnauthorizedAccessException("Channel token's serviceurl claim differs from the activity's serviceUrl.");
        }

        return identity;
    }

    private async Task<ClaimsIdentity> AuthenticateEmulatorTokenAsync(
        JsonWebToken token, OpenIdMetadataSource metadata, IEnumerable<string> issuers, CancellationToken cancellationToken)
    {
        var (identity, _, _) = await ValidateAsync(token, metadata, issuers, cancellationToken).ConfigureAwait(false);

        // Entra v1 tokens name the requesting app in 'appid', v2 tokens in 'azp'; it must be this bot itself.
        var version = identity.FindFirst(AuthenticationConstants.VersionClaim)?.Value;
        var appIdClaim = version switch
        {
            "1.0" => AuthenticationConstants.AppIdClaim,
            "2.0" => AuthenticationConstants.AuthorizedPartyClaim,
            _ => throw new UnauthorizedAccessException($"Emulator token has an unknown version '{version}'."),
        };

        var appId = identity.FindFirst(appIdClaim)?.Value;
        if (!string.Equals(appId, _options.MicrosoftAppId, StringComparison.OrdinalIgnoreCase))
        {
            throw new UnauthorizedAccessException($"Emulator token's '{appIdClaim}' claim is not this bot's app id.");
        }

        return identity;
    }

    private async Task<(ClaimsIdentity Identity, string? SigningKeyId, OpenIdConnectConfiguration Configuration)> ValidateAsync(
        JsonWebToken token, OpenIdMetadataSource metadata, IEnumerable<string> issuers, CancellationToken cancellationToken)
    {
        OpenIdConnectConfiguration configuration;
        try
        {
            configuration = await metadata.GetConfigurationAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidOperationException ex)
        {
            throw new UnauthorizedAccessException($"OpenID metadata '{metadata.MetadataUrl}' is unavailable ({ex.GetType().Name}).");
        }

        // An unknown key id usually means the issuer rotated its keys since the metadata was cached.
        if (!string.IsNullOrEmpty(token.Kid) && !configuration.SigningKeys.Any(k => k.KeyId == token.Kid))
        {
            configuration = await metadata.RefreshAsync(cancellationToken).ConfigureAwait(false) ?? configuration;
        }

        var parameters = new TokenValidationParameters
        {
            ValidIssuers = issuers,
            ValidAudience = _options.MicrosoftAppId,
            IssuerSigningKeys = configuration.SigningKeys,
            ValidAlgorithms = SigningAlgorithms,
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ValidateLifetime = true,
            ClockSkew = AuthenticationConstants.ClockSkew,
        };
        var result = await _tokenHandler.ValidateTokenAsync(token, parameters).ConfigureAwait(false);
        if (!result.IsValid)
        {
            // The exception type says why (expired, bad signature, wrong audience...) without echoing token contents.
            throw new UnauthorizedAccessException($"Token validation failed ({result.Exception?.GetType().Name ?? "unknown reason"}).");
        }

        return (result.ClaimsIdentity, result.SecurityToken.SigningKey?.KeyId ?? token.Kid, configuration);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rejected a request from channel '{ChannelId}': {Reason}")]
    private static partial void LogRejected(ILogger logger, string? channelId, string reason);
}
