using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using CareerBot.BotFramework.Authentication;
using CareerBot.BotFramework.Schema;
using Polly.Timeout;

namespace CareerBot.BotFramework.Connector;

/// <summary>
/// The Bot Connector REST API v3 over <see cref="HttpClient"/>. Retries live in the client's handler pipeline
/// (see <see cref="ConnectorServiceCollectionExtensions.AddBotConnector"/>); each method returns only once its
/// request is answered, so activities sent one after another reach the channel in that order.
/// </summary>
public sealed class ConnectorClient : IConnectorClient
{
    private static readonly MediaTypeHeaderValue JsonMediaType = new("application/json") { CharSet = "utf-8" };

    private readonly HttpClient _httpClient;
    private readonly IAccessTokenProvider _tokenProvider;
    private readonly Uri _baseUri;

    public ConnectorClient(HttpClient httpClient, Uri serviceUrl, IAccessTokenProvider tokenProvider)
    {
        _httpClient = httpClient ?? throw new ArgumentNullException(nameof(httpClient));
        ServiceUrl = serviceUrl ?? throw new ArgumentNullException(nameof(serviceUrl));
        _tokenProvider = tokenProvider ?? throw new ArgumentNullException(nameof(tokenProvider));

        if (!serviceUrl.IsAbsoluteUri || (serviceUrl.Scheme != Uri.UriSchemeHttps && serviceUrl.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException($"The service URL '{serviceUrl}' is not an absolute http(s) URL.", nameof(serviceUrl));
        }

        // Service URLs carry a path ("https://smba.trafficmanager.net/teams/"), with or without the final
        // slash; without it, resolving "v3/…" against the URL would drop the last segment.
        var builder = new UriBuilder(serviceUrl) { Query = string.Empty, Fragment = string.Empty };
        if (!builder.Path.EndsWith('/'))
        {
            builder.Path += "/";
        }

        _baseUri = builder.Uri;
    }

    public Uri ServiceUrl { get; }

    public async Task<ResourceResponse> SendToConversationAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var path = $"v3/conversations/{Escape(ConversationIdOf(activity))}/activities";
        return await SendAsync<ResourceResponse>(HttpMethod.Post, path, activity, cancellationToken).ConfigureAwait(false)
            ?? new ResourceResponse();
    }

    public async Task<ResourceResponse> ReplyToActivityAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var replyToId = Required(activity.ReplyToId, nameof(activity.ReplyToId), activity);
        var path = $"v3/conversations/{Escape(ConversationIdOf(activity))}/activities/{Escape(replyToId)}";
        return await SendAsync<ResourceResponse>(HttpMethod.Post, path, activity, cancellationToken).ConfigureAwait(false)
            ?? new ResourceResponse();
    }

    public async Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var id = Required(activity.Id, nameof(activity.Id), activity);
        var path = $"v3/conversations/{Escape(ConversationIdOf(activity))}/activities/{Escape(id)}";
        return await SendAsync<ResourceResponse>(HttpMethod.Put, path, activity, cancellationToken).ConfigureAwait(false)
            ?? new ResourceResponse();
    }

    public Task DeleteActivityAsync(string conversationId, string activityId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentException.ThrowIfNullOrEmpty(activityId);
        var path = $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}";
        // Whatever a channel answers to a delete (nothing, "{}", a status page) carries no information.
        return SendAsync(HttpMethod.Delete, path, body: null, cancellationToken);
    }

    public async Task<IReadOnlyList<ChannelAccount>> GetConversationMembersAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        var path = $"v3/conversations/{Escape(conversationId)}/members";
        return await SendAsync<List<ChannelAccount>>(HttpMethod.Get, path, body: null, cancellationToken).ConfigureAwait(false)
            ?? [];
    }

    public async Task<ChannelAccount> GetConversationMemberAsync(string conversationId, string memberId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentException.ThrowIfNullOrEmpty(memberId);
        var path = $"v3/conversations/{Escape(conversationId)}/members/{Escape(memberId)}";
        return await SendAsync<ChannelAccount>(HttpMethod.Get, path, body: null, cancellationToken).ConfigureAwait(false)
            ?? throw new ConnectorException($"GET {path} on {ServiceUrl} succeeded with an empty body instead of a member.", statusCode: null);
    }

    /// <summary>Sends one request; returns the deserialized body, or <c>default</c> when the body is empty (204, some channels).</summary>
    private async Task<T?> SendAsync<T>(HttpMethod method, string path, Activity? body, CancellationToken cancellationToken)
    {
        var (status, text) = await SendAsync(method, path, body, cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(text))
        {
            return default;
        }

        try
        {
            return JsonSerializer.Deserialize<T>(text, BotJson.Options);
        }
        catch (JsonException ex)
        {
            throw new ConnectorException($"{method} {path} on {ServiceUrl} answered {(int)status} with a body that is not the expected JSON.", status, innerException: ex);
        }
    }

    /// <summary>Sends one request and returns the status and body of its success; throws <see cref="ConnectorException"/> otherwise.</summary>
    private async Task<(HttpStatusCode Status, string Body)> SendAsync(HttpMethod method, string path, Activity? body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, new Uri(_baseUri, path));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (body is not null)
        {
            // Serialized to bytes, not a streamed JsonContent: the retry handler re-sends the same content, and a
            // known length avoids chunked uploads that some channel front ends reject.
            request.Content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, BotJson.Options));
            request.Content.Headers.ContentType = JsonMediaType;
        }

        var token = await _tokenProvider.GetAccessTokenAsync(cancellationToken).ConfigureAwait(false);
        if (!string.IsNullOrEmpty(token))
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        HttpResponseMessage response;
        try
        {
            response = await _httpClient.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException ex)
        {
            throw new ConnectorException($"{method} {path} could not reach the Bot Connector at {ServiceUrl}: {ex.Message}", statusCode: null, innerException: ex);
        }
        catch (TimeoutRejectedException ex)
        {
            throw new ConnectorException($"{method} {path} on {ServiceUrl} timed out: {ex.Message}", statusCode: null, innerException: ex);
        }

        using (response)
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                var error = TryParseError(text);
                var detail = error?.Error is { } e ? $": {e.Code}: {e.Message}" : string.Empty;
                throw new ConnectorException(
                    $"{method} {path} on {ServiceUrl} failed with {(int)response.StatusCode} {response.StatusCode}{detail}",
                    response.StatusCode,
                    error);
            }

            return (response.StatusCode, text);
        }
    }

    /// <summary>The error body of a failed call; <c>null</c> when there is none or it is not the Bot Framework shape.</summary>
    private static ErrorResponse? TryParseError(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            var error = JsonSerializer.Deserialize<ErrorResponse>(text, BotJson.Options);
            return error?.Error is null ? null : error;
        }
        catch (JsonException)
        {
            // An HTML page from a proxy or a plain-text message: the status code alone has to tell.
            return null;
        }
    }

    private static string ConversationIdOf(Activity activity) =>
        Required(activity.Conversation?.Id, "Conversation.Id", activity);

    private static string Required(string? value, string name, Activity activity) =>
        string.IsNullOrEmpty(value) ? throw new ArgumentException($"The activity has no {name}.", nameof(activity)) : value;

    // Teams ids contain ':', ';', '@' and '=' ("19:…@thread.skype;messageid=…"): each must stay one path segment.
    private static string Escape(string id) => Uri.EscapeDataString(id);
}
