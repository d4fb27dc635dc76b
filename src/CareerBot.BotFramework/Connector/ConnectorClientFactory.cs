using CareerBot.BotFramework.Authentication;

namespace CareerBot.BotFramework.Connector;

/// <summary>
/// Creates a <see cref="ConnectorClient"/> for a channel service URL over the named, resilient
/// <see cref="HttpClientName"/> client registered by <see cref="ConnectorServiceCollectionExtensions.AddBotConnector"/>.
/// </summary>
public sealed class ConnectorClientFactory : IConnectorClientFactory
{
    /// <summary>The named <see cref="HttpClient"/> that carries the retry pipeline.</summary>
    public const string HttpClientName = "CareerBot.BotConnector";

    private readonly IHttpClientFactory _httpClientFactory;
    private readonly IAccessTokenProvider _tokenProvider;

    public ConnectorClientFactory(IHttpClientFactory httpClientFactory, IAccessTokenProvider tokenProvider)
    {
        _httpClientFactory = httpClientFactory ?? throw new ArgumentNullException(nameof(httpClientFactory));
        _tokenProvider = tokenProvider ?? throw new ArgumentNullException(nameof(tokenProvider));
    }

    public IConnectorClient Create(string serviceUrl)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(serviceUrl);
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri))
        {
            throw new ArgumentException($"The service URL '{serviceUrl}' is not an absolute URL.", nameof(serviceUrl));
        }

        // A client is cheap: the factory pools the handlers, so one per call keeps nothing to invalidate.
        return new ConnectorClient(_httpClientFactory.CreateClient(HttpClientName), uri, _tokenProvider);
    }
}
