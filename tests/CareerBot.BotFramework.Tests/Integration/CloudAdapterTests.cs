using System.Net;
using System.Security.Claims;
using System.Text;
using System.Text.Json;
using System.Threading.RateLimiting;
using CareerBot.BotFramework.Authentication;
using CareerBot.BotFramework.Builder;
using CareerBot.BotFramework.Connector;
using CareerBot.BotFramework.Integration;
using CareerBot.BotFramework.Schema;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;

namespace CareerBot.BotFramework.Tests.Integration;

public class CloudAdapterTests
{
    private readonly Mock<IChannelRequestAuthenticator> _authenticator = new();
    private readonly Mock<IConnectorClient> _connector = new();
    private readonly Mock<IConnectorClientFactory> _factory = new();
    private readonly List<Activity> _delivered = [];

    public CloudAdapterTests()
    {
        _authenticator.Setup(a => a.AuthenticateAsync(It.IsAny<string?>(), It.IsAny<Activity>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new ClaimsIdentity());
        _factory.Setup(f => f.Create(It.IsAny<string>())).Returns(_connector.Object);
        _connector.Setup(c => c.ReplyToActivityAsync(It.IsAny<Activity>(), It.IsAny<CancellationToken>()))
            .Callback<Activity, CancellationToken>((a, _) => _delivered.Add(a))
            .ReturnsAsync(() => new ResourceResponse($"r{_delivered.Count}"));
        _connector.Setup(c => c.SendToConversationAsync(It.IsAny<Activity>(), It.IsAny<CancellationToken>()))
            .Callback<Activity, CancellationToken>((a, _) => _delivered.Add(a))
            .ReturnsAsync(() => new ResourceResponse($"s{_delivered.Count}"));
    }

    private static readonly ServiceUrlAllowList AnonymousDefaults = ServiceUrlAllowList.Create(configured: null, anonymous: true);

    private CloudAdapter CreateAdapter(int maxBytes = 64 * 1024, ServiceUrlAllowList? allowList = null, PartitionedRateLimiter<Activity>? rateLimiter = null) =>
        new(_authenticator.Object, _factory.Object, allowList ?? AnonymousDefaults, Options.Create(new BotFrameworkOptions { MaxRequestBodyBytes = maxBytes }), NullLogger<CloudAdapter>.Instance, rateLimiter);

    private sealed class EchoBot : ActivityHandler
    {
        protected override async Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
        {
            await turnContext.SendActivityAsync("one: " + turnContext.Activity.Text, cancellationToken: cancellationToken);
            await turnContext.SendActivityAsync("two", cancellationToken: cancellationToken);
        }

        protected override Task<InvokeResponse> OnInvokeActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
            turnContext.Activity.Name == "known"
                ? Task.FromResult(new InvokeResponse { Status = 200, Body = BotJson.ToElement(new { ok = true }) })
                : base.OnInvokeActivityAsync(turnContext, cancellationToken);
    }

    private static string ValidActivityJson(string? deliveryMode = null, string type = "message", string? name = null) => BotJson.Serialize(new Activity
    {
        Type = type,
        Id = "act-1",
        Name = name,
        Text = "salut",
        ChannelId = "emulator",
        ServiceUrl = "http://127.0.0.1:9999/",
        From = new ChannelAccount("user"),
        Recipient = new ChannelAccount("bot"),
        Conversation = new ConversationAccount("conv"),
        DeliveryMode = deliveryMode,
    });

    private static async Task<(int Status, string Body, HttpResponse Response)> SendAsync(CloudAdapter adapter, string? body, IBot? bot = null, string contentType = "application/json")
    {
        var context = new DefaultHttpContext();
        context.Request.Method = "POST";
        context.Request.ContentType = contentType;
        var bytes = body is null ? [] : Encoding.UTF8.GetBytes(body);
        context.Request.Body = new MemoryStream(bytes);
        context.Request.ContentLength = bytes.Length;
        var output = new MemoryStream();
        context.Response.Body = output;

        await adapter.ProcessAsync(context.Request, context.Response, bot ?? new EchoBot());

        return (context.Response.StatusCode, Encoding.UTF8.GetString(output.ToArray()), context.Response);
    }

    [Fact]
    public async Task A_message_is_answered_through_the_connector_in_order()
    {
        var (status, body, _) = await SendAsync(CreateAdapter(), ValidActivityJson());

        Assert.Equal(200, status);
        Assert.Equal(string.Empty, body);
        Assert.Equal(["one: salut", "two"], _delivered.Select(a => a.Text));
        Assert.All(_delivered, a => Assert.Equal("act-1", a.ReplyToId));
        _factory.Verify(f => f.Create("http://127.0.0.1:9999/"), Times.Once);
    }

    [Fact]
    public async Task ExpectReplies_returns_the_replies_in_the_body_and_never_calls_the_connector()
    {
        var (status, body, response) = await SendAsync(CreateAdapter(), ValidActivityJson(DeliveryModes.ExpectReplies));

        Assert.Equal(200, status);
        Assert.StartsWith("application/json", response.ContentType, StringComparison.Ordinal);
        var replies = BotJson.Deserialize<ExpectedReplies>(body)!;
        Assert.Equal(["one: salut", "two"], replies.Activities.Select(a => a.Text));
        Assert.All(replies.Activities, a => Assert.False(string.IsNullOrEmpty(a.Id)));
        _factory.Verify(f => f.Create(It.IsAny<string>()), Times.Never);
    }

    [Theory]
    [InlineData(DeliveryModes.Normal)]
    [InlineData(DeliveryModes.ExpectReplies)]
    public async Task A_service_url_outside_the_allow_list_gets_403_before_the_bot_runs(string deliveryMode)
    {
        var authenticatedDefaults = ServiceUrlAllowList.Create(configured: null, anonymous: false);
        var bot = new Mock<IBot>();

        var (status, body, _) = await SendAsync(CreateAdapter(allowList: authenticatedDefaults), ValidActivityJson(deliveryMode), bot.Object);

        Assert.Equal(403, status);
        Assert.Equal("ServiceUrlNotAllowed", BotJson.Deserialize<ErrorResponse>(body)!.Error!.Code);
        Assert.Contains("AllowedServiceUrls", body, StringComparison.Ordinal);
        bot.Verify(b => b.OnTurnAsync(It.IsAny<ITurnContext>(), It.IsAny<CancellationToken>()), Times.Never);
        _factory.Verify(f => f.Create(It.IsAny<string>()), Times.Never);
    }

    [Fact]
    public async Task An_activity_over_the_rate_limit_gets_429_with_retry_after_and_no_turn()
    {
        // One permit per conversation, never replenished: the second activity of "conv" is over the limit.
        using var limiter = PartitionedRateLimiter.Create<Activity, string>(activity => RateLimitPartition.GetTokenBucketLimiter(
            activity.Conversation!.Id!,
            _ => new TokenBucketRateLimiterOptions { TokenLimit = 1, TokensPerPeriod = 1, ReplenishmentPeriod = TimeSpan.FromSeconds(30), AutoReplenishment = false }));
        var adapter = CreateAdapter(rateLimiter: limiter);

        var (first, _, _) = await SendAsync(adapter, ValidActivityJson());
        var (second, body, response) = await SendAsync(adapter, ValidActivityJson());

        Assert.Equal(200, first);
        Assert.Equal(429, second);
        Assert.True(int.Parse(response.Headers.RetryAfter.ToString(), System.Globalization.CultureInfo.InvariantCulture) >= 1);
        Assert.Equal("TooManyRequests", BotJson.Deserialize<ErrorResponse>(body)!.Error!.Code);
        // Only the accepted activity was answered.
        Assert.Equal(["one: salut", "two"], _delivered.Select(a => a.Text));
    }

    [Fact]
    public async Task Text_with_whole_surrogate_pairs_is_accepted()
    {
        var body = ValidActivityJson().Replace("\"text\":\"salut\"", "\"text\":\"salut \\ud83d\\ude00\"", StringComparison.Ordinal);

        var (status, _, _) = await SendAsync(CreateAdapter(), body);

        Assert.Equal(200, status);
        Assert.Equal("one: salut 😀", _delivered[0].Text);
    }

    [Fact]
    public async Task A_handled_invoke_returns_its_status_and_body()
    {
        var (status, body, _) = await SendAsync(CreateAdapter(), ValidActivityJson(type: "invoke", name: "known"));

        Assert.Equal(200, status);
        Assert.True(JsonDocument.Parse(body).RootElement.GetProperty("ok").GetBoolean());
        Assert.Empty(_delivered);
    }

    [Fact]
    public async Task An_unhandled_invoke_returns_501()
    {
        var (status, _, _) = await SendAsync(CreateAdapter(), ValidActivityJson(type: "invoke", name: "unknown"));
        Assert.Equal(501, status);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("{not json", "not valid (an activity expected)")]
    [InlineData("[]", "not valid (an activity expected)")]
    [InlineData("null", "must be an activity")]
    [InlineData("""{"channelId":"x","serviceUrl":"http://a/","conversation":{"id":"c"}}""", "'type'")]
    [InlineData("""{"type":"message","serviceUrl":"http://a/","conversation":{"id":"c"}}""", "'channelId'")]
    [InlineData("""{"type":"message","channelId":"x","serviceUrl":"http://a/"}""", "'conversation.id'")]
    [InlineData("""{"type":"message","channelId":"x","from":{"id":"u"},"conversation":{"id":"c"}}""", "'serviceUrl'")]
    [InlineData("""{"type":"message","channelId":"x","from":{"id":"u"},"serviceUrl":"file:///etc/passwd","conversation":{"id":"c"}}""", "absolute http(s)")]
    [InlineData("""{"type":123,"channelId":"x"}""", "not valid (an activity expected)")]
    [InlineData("""{"type":"message","channelId":"x","serviceUrl":"http://a/","conversation":{"id":"c"}}""", "'from.id'")]
    [InlineData("""{"type":"message","channelId":"x","serviceUrl":"http://a/","conversation":{"id":"c"},"from":{"name":"n"}}""", "'from.id'")]
    [InlineData("""{"type":"message","channelId":"x","from":{"id":"u"},"serviceUrl":"http://a/","conversation":{"id":"c"},"text":"a\ud800b"}""", "not valid (an activity expected)")]
    [InlineData("""{"type":"message","channelId":"x","from":{"id":"u"},"serviceUrl":"http://a/","conversation":{"id":"c"},"text":"a\ufffeb"}""", "'text' is not valid Unicode")]
    [InlineData("""{"type":"message","channelId":"x","from":{"id":"u"},"serviceUrl":"http://a/","conversation":{"id":"c\uffff"}}""", "'conversation.id' is not valid Unicode")]
    public async Task Bad_input_gets_400_with_a_reason(string body, string reasonFragment)
    {
        var (status, responseBody, _) = await SendAsync(CreateAdapter(), body);

        Assert.Equal(400, status);
        var error = BotJson.Deserialize<ErrorResponse>(responseBody)!.Error!;
        Assert.Equal("BadArgument", error.Code);
        Assert.Contains(reasonFragment, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bodies_over_the_limit_get_413_even_without_content_length()
    {
        var adapter = CreateAdapter(maxBytes: 1024);
        var context = new DefaultHttpContext();
        context.Request.ContentType = "application/json";
        context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(new string(' ', 5000) + ValidActivityJson()));
        context.Response.Body = new MemoryStream();

        await adapter.ProcessAsync(context.Request, context.Response, new EchoBot());

        Assert.Equal(413, context.Response.StatusCode);
    }

    [Fact]
    public async Task A_non_json_content_type_gets_415()
    {
        var (status, _, _) = await SendAsync(CreateAdapter(), ValidActivityJson(), contentType: "text/plain");
        Assert.Equal(415, status);
    }

    [Fact]
    public async Task A_rejected_token_gets_401_with_no_detail()
    {
        _authenticator.Setup(a => a.AuthenticateAsync(It.IsAny<string?>(), It.IsAny<Activity>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new UnauthorizedAccessException("audience mismatch: secret detail"));

        var (status, body, response) = await SendAsync(CreateAdapter(), ValidActivityJson());

        Assert.Equal(401, status);
        Assert.Equal(string.Empty, body);
        Assert.Equal("Bearer", response.Headers.WWWAuthenticate.ToString());
        Assert.Empty(_delivered);
    }

    [Fact]
    public async Task A_failing_bot_without_error_handler_gets_a_generic_500()
    {
        var bot = new Mock<IBot>();
        bot.Setup(b => b.OnTurnAsync(It.IsAny<ITurnContext>(), It.IsAny<CancellationToken>())).ThrowsAsync(new InvalidOperationException("db password=hunter2"));

        var (status, body, _) = await SendAsync(CreateAdapter(), ValidActivityJson(), bot.Object);

        Assert.Equal(500, status);
        Assert.DoesNotContain("hunter2", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_error_handler_answers_the_user_when_the_bot_fails()
    {
        var adapter = CreateAdapter();
        adapter.OnTurnError = (context, _) => context.SendActivityAsync("Désolé");
        var bot = new Mock<IBot>();
        bot.Setup(b => b.OnTurnAsync(It.IsAny<ITurnContext>(), It.IsAny<CancellationToken>())).ThrowsAsync(new InvalidOperationException());

        var (status, _, _) = await SendAsync(adapter, ValidActivityJson(), bot.Object);

        Assert.Equal(200, status);
        Assert.Equal("Désolé", Assert.Single(_delivered).Text);
    }

    [Fact]
    public async Task Trace_activities_reach_only_the_emulator()
    {
        var bot = new Mock<IBot>();
        bot.Setup(b => b.OnTurnAsync(It.IsAny<ITurnContext>(), It.IsAny<CancellationToken>()))
            .Returns<ITurnContext, CancellationToken>((c, ct) => c.SendActivityAsync(new Activity { Type = ActivityTypes.Trace, Name = "debug" }, ct));

        await SendAsync(CreateAdapter(), ValidActivityJson(), bot.Object);
        var teams = ValidActivityJson().Replace("\"emulator\"", "\"msteams\"", StringComparison.Ordinal);
        await SendAsync(CreateAdapter(), teams, bot.Object);

        Assert.Single(_delivered);
        Assert.Equal("emulator", _delivered[0].ChannelId);
    }

    [Fact]
    public async Task The_next_valid_request_works_after_bad_ones()
    {
        var adapter = CreateAdapter();
        await SendAsync(adapter, "{broken");
        await SendAsync(adapter, "");

        var (status, body, _) = await SendAsync(adapter, ValidActivityJson(DeliveryModes.ExpectReplies));

        Assert.Equal(HttpStatusCode.OK, (HttpStatusCode)status);
        Assert.Equal(2, BotJson.Deserialize<ExpectedReplies>(body)!.Activities.Count);
    }
}
