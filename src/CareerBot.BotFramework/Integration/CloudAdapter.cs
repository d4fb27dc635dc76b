using System.Net;
using System.Security.Claims;
using System.Text.Json;
using System.Threading.RateLimiting;
using CareerBot.BotFramework.Authentication;
using CareerBot.BotFramework.Builder;
using CareerBot.BotFramework.Connector;
using CareerBot.BotFramework.Schema;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CareerBot.BotFramework.Integration;

/// <summary>
/// The adapter behind <c>POST /api/messages</c>: reads and validates the activity, authenticates the channel, checks
/// its service URL against the <see cref="ServiceUrlAllowList"/> and the activity against the optional rate limiter,
/// runs the turn, and delivers the bot's replies through the Connector API, or in the HTTP response body for
/// <c>expectReplies</c> and <c>invoke</c>.
/// </summary>
public sealed partial class CloudAdapter : BotAdapter
{
    private const string BufferedRepliesKey = "CloudAdapter.BufferedReplies";
    private const string ConnectorClientKey = "CloudAdapter.ConnectorClient";

    private readonly IChannelRequestAuthenticator _authenticator;
    private readonly IConnectorClientFactory _connectorFactory;
    private readonly BotFrameworkOptions _options;
    private readonly ServiceUrlAllowList _allowList;
    private readonly PartitionedRateLimiter<Activity>? _rateLimiter;
    private readonly ILogger<CloudAdapter> _logger;

    /// <param name="rateLimiter">
    /// Limits activities (per conversation, say) once they are authenticated: limiting before authentication would let
    /// anyone spend a real conversation's permits with forged requests naming it. Null: no limit.
    /// </param>
    public CloudAdapter(
        IChannelRequestAuthenticator authenticator,
        IConnectorClientFactory connectorFactory,
        ServiceUrlAllowList allowList,
        IOptions<BotFrameworkOptions> options,
        ILogger<CloudAdapter> logger,
        PartitionedRateLimiter<Activity>? rateLimiter = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _authenticator = authenticator ?? throw new ArgumentNullException(nameof(authenticator));
        _connectorFactory = connectorFactory ?? throw new ArgumentNullException(nameof(connectorFactory));
        _allowList = allowList ?? throw new ArgumentNullException(nameof(allowList));
        _options = options.Value;
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
        _rateLimiter = rateLimiter;
    }

    /// <summary>Processes one HTTP request carrying an activity and writes the HTTP response.</summary>
    public async Task ProcessAsync(HttpRequest request, HttpResponse response, IBot bot, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(bot);

        var read = await JsonRequestBody.ReadAsync<Activity>(request, _options.MaxRequestBodyBytes, "an activity", allowEmpty: false, cancellationToken).ConfigureAwait(false);
        if (read.Failed)
        {
            await RejectAsync(response, read.StatusCode, read.ErrorCode!, read.Error!, cancellationToken).ConfigureAwait(false);
            return;
        }

        var activity = read.Value!;
        if (ActivityValidator.Validate(activity) is { } invalid)
        {
            await RejectAsync(response, StatusCodes.Status400BadRequest, "BadArgument", invalid, cancellationToken).ConfigureAwait(false);
            return;
        }

        using var scope = _logger.BeginScope(new Dictionary<string, object?>
        {
            ["ActivityId"] = activity.Id,
            ["ActivityType"] = activity.Type,
            ["ChannelId"] = activity.ChannelId,
            ["ConversationId"] = activity.Conversation?.Id,
        });

        ClaimsIdentity identity;
        try
        {
            identity = await _authenticator.AuthenticateAsync(request.Headers.Authorization.ToString(), activity, cancellationToken).ConfigureAwait(false);
        }
        catch (UnauthorizedAccessException ex)
        {
            // The reason goes to the log only: telling the caller which check failed helps an attacker.
            LogUnauthorized(ex.Message);
            response.StatusCode = StatusCodes.Status401Unauthorized;
            response.Headers.WWWAuthenticate = "Bearer";
            return;
        }

        // After authentication, so that an unauthenticated caller learns nothing of the list (a bare 401), and before
        // the turn: the bot must never send its token to a host the list does not name.
        if (!_allowList.IsAllowed(activity.ServiceUrl))
        {
            LogServiceUrlRefused(ServiceUrlHost(activity.ServiceUrl));
            await WriteErrorAsync(response, StatusCodes.Status403Forbidden, "ServiceUrlNotAllowed", "The activity's serviceUrl is not an allowed channel service (BotFramework:AllowedServiceUrls).", cancellationToken).ConfigureAwait(false);
            return;
        }

        using var lease = _rateLimiter?.AttemptAcquire(activity);
        if (lease is { IsAcquired: false })
        {
            await WriteTooManyRequestsAsync(response, lease, cancellationToken).ConfigureAwait(false);
            return;
        }

        try
        {
            await RunTurnAsync(activity, identity, bot, response, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogTurnFailed(ex, activity.Id);
            if (!response.HasStarted)
            {
                await WriteErrorAsync(response, StatusCodes.Status500InternalServerError, "InternalError", "The bot could not process the activity.", cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task RunTurnAsync(Activity activity, ClaimsIdentity identity, IBot bot, HttpResponse response, CancellationToken cancellationToken)
    {
        var context = new TurnContext(this, activity);
        context.TurnState.Set<ClaimsIdentity>(identity);
        var expectReplies = string.Equals(activity.DeliveryMode, DeliveryModes.ExpectReplies, StringComparison.OrdinalIgnoreCase);
        if (expectReplies)
        {
            context.TurnState.Set(BufferedRepliesKey, new List<Activity>());
        }

        await RunPipelineAsync(context, bot.OnTurnAsync, cancellationToken).ConfigureAwait(false);

        if (activity.Type == ActivityTypes.Invoke)
        {
            var invokeResponse = context.TurnState.Get<InvokeResponse>(InvokeResponses.TurnStateKey);
            if (invokeResponse is null)
            {
                response.StatusCode = StatusCodes.Status501NotImplemented;
                return;
            }

            response.StatusCode = invokeResponse.Status;
            if (invokeResponse.Body is { } body)
            {
                await WriteJsonAsync(response, body, cancellationToken).ConfigureAwait(false);
            }

            return;
        }

        if (expectReplies)
        {
            var replies = context.TurnState.Get<List<Activity>>(BufferedRepliesKey)!;
            response.StatusCode = StatusCodes.Status200OK;
            await WriteJsonAsync(response, new ExpectedReplies { Activities = replies }, cancellationToken).ConfigureAwait(false);
            return;
        }

        response.StatusCode = StatusCodes.Status200OK;
    }

    public override async Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(activities);
        var responses = new ResourceResponse[activities.Count];
        var buffered = turnContext.TurnState.Get<List<Activity>>(BufferedRepliesKey);

        // One at a time, in order: a user must read the replies in the order the bot wrote them.
        for (var i = 0; i < activities.Count; i++)
        {
            var activity = activities[i];
            responses[i] = await DeliverAsync(turnContext, activity, buffered, cancellationToken).ConfigureAwait(false);
        }

        return responses;
    }

    private async Task<ResourceResponse> DeliverAsync(ITurnContext turnContext, Activity activity, List<Activity>? buffered, CancellationToken cancellationToken)
    {
        switch (activity.Type)
        {
            case ActivityTypes.Delay:
                await DelayActivity.WaitAsync(activity, TimeProvider.System, cancellationToken).ConfigureAwait(false);
                return new ResourceResponse();
            case ActivityTypes.InvokeResponse:
                if (activity.Value is { } invokeValue)
                {
                    turnContext.TurnState.Set(InvokeResponses.TurnStateKey, invokeValue.Deserialize<InvokeResponse>(BotJson.Options)!);
                }

                return new ResourceResponse();
            case ActivityTypes.Trace when turnContext.Activity.ChannelId != "emulator":
                // Trace activities are debugging aids meant for the Emulator only, as in the official SDK.
                return new ResourceResponse();
        }

        if (buffered is not null)
        {
            activity.Id ??= Guid.NewGuid().ToString("N");
            activity.Timestamp ??= DateTimeOffset.UtcNow;
            buffered.Add(activity);
            return new ResourceResponse(activity.Id);
        }

        var connector = GetConnector(turnContext);
        return string.IsNullOrEmpty(activity.ReplyToId)
            ? await connector.SendToConversationAsync(activity, cancellationToken).ConfigureAwait(false)
            : await connector.ReplyToActivityAsync(activity, cancellationToken).ConfigureAwait(false);
    }

    public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken) =>
        GetConnector(turnContext).UpdateActivityAsync(activity, cancellationToken);

    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return GetConnector(turnContext).DeleteActivityAsync(reference.Conversation?.Id ?? string.Empty, reference.ActivityId ?? string.Empty, cancellationToken);
    }

    private IConnectorClient GetConnector(ITurnContext turnContext)
    {
        var client = turnContext.TurnState.Get<IConnectorClient>(ConnectorClientKey);
        if (client is null)
        {
            client = _connectorFactory.Create(turnContext.Activity.ServiceUrl!);
            turnContext.TurnState.Set(ConnectorClientKey, client);
        }

        return client;
    }

    private async Task WriteTooManyRequestsAsync(HttpResponse response, RateLimitLease lease, CancellationToken cancellationToken)
    {
        var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
        var seconds = (int)Math.Max(1, Math.Ceiling(retryAfter.TotalSeconds));
        var limiter = lease.TryGetMetadata(MetadataName.ReasonPhrase, out var reason) ? reason : "rate";
        LogRateLimited(limiter, seconds);
        response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await WriteErrorAsync(response, StatusCodes.Status429TooManyRequests, "TooManyRequests", $"Too many requests ({limiter} limit); retry in {seconds} s.", cancellationToken).ConfigureAwait(false);
    }

    private static string ServiceUrlHost(string? serviceUrl) =>
        Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) ? uri.Host : "(not a URL)";

    /// <summary>Bad input: logged (without the body) and answered with its status and reason.</summary>
    private Task RejectAsync(HttpResponse response, int statusCode, string code, string reason, CancellationToken cancellationToken)
    {
        LogRejected(statusCode, reason);
        return WriteErrorAsync(response, statusCode, code, reason, cancellationToken);
    }

    private static async Task WriteErrorAsync(HttpResponse response, int statusCode, string code, string message, CancellationToken cancellationToken)
    {
        response.StatusCode = statusCode;
        await WriteJsonAsync(response, new ErrorResponse(code, message), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Serializes straight into Kestrel's response pipe, then flushes once: a reply body is a few kilobytes, so the
    /// asynchronous serializer's state machine and its copy from a buffer of its own into the body stream bought nothing.
    /// </summary>
    private static async Task WriteJsonAsync<T>(HttpResponse response, T body, CancellationToken cancellationToken)
    {
        response.ContentType = "application/json; charset=utf-8";
        using (var writer = new Utf8JsonWriter(response.BodyWriter, BotJson.WriterOptions))
        {
            JsonSerializer.Serialize(writer, body, BotJson.Options);
        }

        await response.BodyWriter.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Rejected a request with {StatusCode}: {Reason}")]
    private partial void LogRejected(int statusCode, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Unauthorized request: {Reason}")]
    private partial void LogUnauthorized(string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused an activity whose serviceUrl host '{Host}' is not in BotFramework:AllowedServiceUrls")]
    private partial void LogServiceUrlRefused(string host);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rate limit ({Limiter}) reached by an activity; answered 429, retry after {RetryAfterSeconds} s")]
    private partial void LogRateLimited(string? limiter, int retryAfterSeconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "The turn for activity {ActivityId} failed")]
    private partial void LogTurnFailed(Exception exception, string? activityId);
}
