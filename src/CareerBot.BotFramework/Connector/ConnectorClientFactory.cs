using CareerBot.BotFramework.Authentication;

namespace CareerBot.BotFramework.Connector;

/// <summary>
/// Creates a <see cref="ConnectorClient"/> for an allowed (<see cref="ServiceUrlAllowList"/>) channel service URL over the named, resilient
/// <see cref="HttpClientName"/> client registered by <see cref="ConnectorServiceCollectionExtensions.AddBotConnector"/>.
/// </summary>
public sealed class ConnectorClientFactory : IConnectorClientFactory
{
    /// <summary>The named <see cref="HttpClient"/> that carries the retry pipeline.</summary>
    public const string HttpClientName = "CareerBot.BotConnector";

    private readonly IHttpClientFactory _httpClientFactory;
    private readonly IAccessTokenProvider _tokenProvider;
    private readonly ServiceUrlAllowList _allowList;

    public ConnectorClientFactory(IHttpClientFactory httpClientFactory, IAccessTokenProvider tokenProvider, ServiceUrlAllowList allowList)
    {
        _httpClientFactory = httpClientFactory ?? throw new ArgumentNullException(nameof(httpClientFactory));
        _tokenProvider = tokenProvider ?? throw new ArgumentNullException(nameof(tokenProvider));
        _allowList = allowList ?? throw new ArgumentNullException(nameof(allowList));
    }

    public IConnectorClient Create(string serviceUrl)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(serviceUrl);
        // On Unix "/path" parses as an absolute file URI: the scheme check is what refuses it.
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException($"The service URL '{serviceUrl}' is not an absolute http(s) URL.", nameof(serviceUrl));
        }

        // Checked here to fail early with a clear error; the client's guard handler checks every request again.
        if (!_allowList.IsAllowed(uri))
        {
            throw ServiceUrlNotAllowedException.For(uri);
        }

        // A client is cheap: the factory pools the handlers, so one per call keeps nothing to invalidate.
        return new ConnectorClient(_httpClientFactory.CreateClient(HttpClientName), uri, _tokenProvider);
    }
}
