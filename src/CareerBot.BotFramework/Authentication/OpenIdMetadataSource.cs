using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace CareerBot.BotFramework.Authentication;

/// <summary>
/// The signing keys of one OpenID metadata endpoint, cached and refreshed by IdentityModel's
/// <see cref="ConfigurationManager{T}"/> (automatic refresh), plus an on-demand refresh for a token whose key id
/// is not known yet (the issuer rotated its keys), as the official SDK does.
/// </summary>
internal sealed class OpenIdMetadataSource
{
    // Same throttle as ConfigurationManager.RequestRefresh, so every refresh allowed here is one it really starts;
    // it also keeps forged key ids from turning each request into a metadata download.
    private static readonly TimeSpan RefreshInterval = BaseConfigurationManager.DefaultRefreshInterval;

    // Bounds how long one request waits for a refresh; the metadata HTTP client has its own, longer timeout.
    private static readonly TimeSpan RefreshWaitLimit = TimeSpan.FromSeconds(10);

    private readonly ConfigurationManager<OpenIdConnectConfiguration> _manager;
    private readonly NotifyingOpenIdConfigurationRetriever _retriever = new();
    private readonly Lock _refreshGate = new();
    private DateTimeOffset? _lastRefresh;

    public OpenIdMetadataSource(string metadataUrl, HttpClient httpClient)
    {
        MetadataUrl = metadataUrl;

        // HTTPS is required for real endpoints; a deliberately configured http URL (a local test server) is allowed.
        var documents = new HttpDocumentRetriever(httpClient)
        {
            RequireHttps = !metadataUrl.StartsWith("http://", StringComparison.OrdinalIgnoreCase),
        };
        _manager = new ConfigurationManager<OpenIdConnectConfiguration>(metadataUrl, _retriever, documents)
        {
            RefreshInterval = RefreshInterval,
        };
    }

    public string MetadataUrl { get; }

    /// <summary>The cached configuration (fetched on first use, refreshed automatically).</summary>
    public Task<OpenIdConnectConfiguration> GetConfigurationAsync(CancellationToken cancellationToken) =>
        _manager.GetConfigurationAsync(cancellationToken);

    /// <summary>
    /// Downloads the metadata again and returns it, or <c>null</c> when a refresh happened less than five minutes
    /// ago or the download failed. The manager keeps the new configuration for later requests.
    /// </summary>
    public async Task<OpenIdConnectConfiguration?> RefreshAsync(CancellationToken cancellationToken)
    {
        lock (_refreshGate)
        {
            var now = TimeProvider.System.GetUtcNow();
            if (_lastRefresh is { } last && now - last < RefreshInterval)
            {
                return null;
            }

            _lastRefresh = now;
        }

        // Taken before asking, so that a retrieval already under way also counts: it ends after this point.
        var retrieval = _retriever.NextRetrieval;
        _manager.RequestRefresh();
        try
        {
            return await retrieval.WaitAsync(RefreshWaitLimit, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            return null;
        }
    }
}
