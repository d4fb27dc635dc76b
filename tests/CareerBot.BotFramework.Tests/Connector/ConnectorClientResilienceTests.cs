using System.Globalization;
using System.Net;
using System.Net.Sockets;
using CareerBot.BotFramework.Connector;
using CareerBot.BotFramework.Schema;
using CareerBot.Testing;
using Microsoft.Extensions.DependencyInjection;
using Polly.Timeout;
using Stopwatch = System.Diagnostics.Stopwatch;

namespace CareerBot.BotFramework.Tests.Connector;

/// <summary>Retries, errors and ordering of the connector client, over real HTTP to a fake channel on 127.0.0.1.</summary>
public sealed class ConnectorClientResilienceTests : IAsyncLifetime
{
    // Timers may fire up to a tick early against the wall clock; far below the 10 ms base delay used here.
    private static readonly TimeSpan TimerTolerance = TimeSpan.FromMilliseconds(15);

    private FakeChannelConnector _channel = null!;
    private readonly FixedAccessTokenProvider _tokens = new("token-123");

    public async Task InitializeAsync() => _channel = await FakeChannelConnector.StartAsync();

    public async Task DisposeAsync() => await _channel.DisposeAsync();

    private static Activity Message(string text) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        Conversation = new ConversationAccount("a:1conversation"),
    };

    private static ScriptedResponse Status(int status, string? body = null) => new(status, body);

    [Fact]
    public async Task A_429_with_Retry_After_seconds_is_retried_after_that_delay_and_delivered_once()
    {
        _channel.Script(
            new ScriptedResponse(429, Headers: new Dictionary<string, string> { ["Retry-After"] = "1" }),
            ScriptedResponse.Ok("""{"id":"delivered"}"""));
        using var services = ConnectorTestServices.Build(_tokens);

        var response = await services.CreateClient(_channel.ServiceUrl).SendToConversationAsync(Message("throttled"));

        Assert.Equal("delivered", response.Id);
        var requests = _channel.Requests;
        Assert.Equal(2, requests.Count);
        Assert.All(requests, r => Assert.Equal(requests[0].Body, r.Body));
        var gap = Stopwatch.GetElapsedTime(requests[0].ReceivedTimestamp, requests[1].ReceivedTimestamp);
        Assert.True(gap >= TimeSpan.FromSeconds(1) - TimerTolerance, $"the retry came {gap.TotalMilliseconds} ms after the 429, before Retry-After: 1");
    }

    [Fact]
    public async Task A_429_with_Retry_After_as_an_http_date_waits_until_that_date()
    {
        DateTimeOffset? retryAt = null;
        _channel.Respond = (request, index, _) =>
        {
            if (index > 0)
            {
                return Task.FromResult(ScriptedResponse.Ok("""{"id":"delivered"}"""));
            }

            // HTTP-dates have whole seconds: the next whole second plus one is 1 to 2 s away.
            var now = request.ReceivedAt;
            retryAt = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, now.Minute, now.Second, TimeSpan.Zero).AddSeconds(2);
            var headers = new Dictionary<string, string> { ["Retry-After"] = retryAt.Value.ToString("r", CultureInfo.InvariantCulture) };
            return Task.FromResult(new ScriptedResponse(429, Headers: headers));
        };
        using var services = ConnectorTestServices.Build(_tokens);

        var response = await services.CreateClient(_channel.ServiceUrl).SendToConversationAsync(Message("throttled"));

        Assert.Equal("delivered", response.Id);
        var requests = _channel.Requests;
        Assert.Equal(2, requests.Count);
        Assert.NotNull(retryAt);
        Assert.True(requests[1].ReceivedAt >= retryAt.Value - TimerTolerance, $"retried at {requests[1].ReceivedAt:O}, before Retry-After {retryAt:O}");
    }

    [Fact]
    public async Task Two_503s_then_200_deliver_the_activity()
    {
        _channel.Script(Status(503), Status(503), ScriptedResponse.Ok("""{"id":"third-time"}"""));
        using var services = ConnectorTestServices.Build(_tokens);

        var response = await services.CreateClient(_channel.ServiceUrl).SendToConversationAsync(Message("retry me"));

        Assert.Equal("third-time", response.Id);
        Assert.Equal(3, _channel.Requests.Count);
        Assert.All(_channel.Requests, r => Assert.Equal("Bearer token-123", r.Authorization));
    }

    [Theory]
    [InlineData(408)]
    [InlineData(429)]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(504)]
    public async Task Transient_statuses_are_retried(int status)
    {
        _channel.Script(Status(status));
        using var services = ConnectorTestServices.Build(_tokens);

        var response = await services.CreateClient(_channel.ServiceUrl).ReplyToActivityAsync(new Activity
        {
            Type = ActivityTypes.Message,
            ReplyToId = "r1",
            Conversation = new ConversationAccount("c1"),
        });

        Assert.Equal("activity-1", response.Id);
        Assert.Equal(2, _channel.Requests.Count);
    }

    [Fact]
    public async Task A_persistent_500_fails_with_ConnectorException_after_the_maximum_attempts()
    {
        _channel.Respond = (_, _, _) => Task.FromResult(Status(500, """{"error":{"code":"ServiceError","message":"boom"}}"""));
        using var services = ConnectorTestServices.Build(_tokens);

        var error = await Assert.ThrowsAsync<ConnectorException>(
            () => services.CreateClient(_channel.ServiceUrl).SendToConversationAsync(Message("doomed")));

        Assert.Equal(HttpStatusCode.InternalServerError, error.StatusCode);
        Assert.Equal("ServiceError", error.Error?.Error?.Code);
        Assert.Equal(ConnectorTestServices.MaxRetryAttempts + 1, _channel.Requests.Count);
    }

    [Fact]
    public async Task MaxRetryAttempts_zero_sends_once()
    {
        _channel.Respond = (_, _, _) => Task.FromResult(Status(503));
        using var services = ConnectorTestServices.Build(_tokens, new Dictionary<string, string?> { ["Connector:MaxRetryAttempts"] = "0" });

        var error = await Assert.ThrowsAsync<ConnectorException>(
            () => services.CreateClient(_channel.ServiceUrl).SendToConversationAsync(Message("once")));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
        Assert.Single(_channel.Requests);
    }

    [Fact]
    public async Task A_400_is_not_retried_and_carries_the_channel_error()
    {
        _channel.Script(Status(400, """{"error":{"code":"BadArgument","message":"Activity text too long"}}"""));
        using var services = ConnectorTestServices.Build(_tokens);

        var error = await Assert.ThrowsAsync<ConnectorException>(
            () => services.CreateClient(_channel.ServiceUrl).SendToConversationAsync(Message(new string('x', 100))));

        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        Assert.Equal("BadArgument", error.Error?.Error?.Code);
        Assert.Equal("Activity text too long", error.Error?.Error?.Message);
        Assert.Contains("400", error.Message, StringComparison.Ordinal);
        Assert.Contains("BadArgument", error.Message, StringComparison.Ordinal);
        Assert.Single(_channel.Requests);
    }

    [Theory]
    [InlineData(401, "Unauthorized")]
    [InlineData(403, "<html>Forbidden</html>")]
    [InlineData(404, null)]
    public async Task Other_client_errors_are_not_retried_and_bodies_that_are_not_errors_are_ignored(int status, string? body)
    {
        _channel.Script(Status(status, body));
        using var services = ConnectorTestServices.Build(_tokens);

        var error = await Assert.ThrowsAsync<ConnectorException>(
            () => services.CreateClient(_channel.ServiceUrl).GetConversationMembersAsync("c1"));

        Assert.Equal((HttpStatusCode)status, error.StatusCode);
        Assert.Null(error.Error);
        Assert.Single(_channel.Requests);
    }

    [Fact]
    public async Task Activities_sent_one_after_another_arrive_in_order_even_when_one_is_retried()
    {
        // The first send meets a 503: the second must not overtake its retry.
        _channel.Script(Status(503));
        using var services = ConnectorTestServices.Build(_tokens);
        var client = services.CreateClient(_channel.ServiceUrl);
        var texts = Enumerable.Range(1, 6).Select(i => $"message {i}").ToList();

        foreach (var text in texts)
        {
            await client.SendToConversationAsync(Message(text));
        }

        var received = _channel.Requests.Select(r => BotJson.Deserialize<Activity>(r.Body)!.Text).ToList();
        Assert.Equal(["message 1", .. texts], received);
    }

    [Fact]
    public async Task A_refused_connection_is_retried_then_reported_as_unreachable()
    {
        using var closedPort = ReserveClosedLoopbackPort();
        var attempts = new AttemptCounter();
        using var services = ConnectorTestServices.Build(_tokens, configure: s => s
            .AddHttpClient(ConnectorClientFactory.HttpClientName)
            .AddHttpMessageHandler(() => new CountingHandler(attempts)));

        var error = await Assert.ThrowsAsync<ConnectorException>(
            () => services.CreateClient(new Uri($"http://127.0.0.1:{((IPEndPoint)closedPort.LocalEndPoint!).Port}/")).SendToConversationAsync(Message("nobody home")));

        Assert.Null(error.StatusCode);
        Assert.IsType<HttpRequestException>(error.InnerException);
        Assert.Contains("could not reach", error.Message, StringComparison.Ordinal);
        Assert.Equal(ConnectorTestServices.MaxRetryAttempts + 1, attempts.Count);
    }

    [Fact]
    public async Task A_channel_that_never_answers_fails_with_a_timeout_ConnectorException()
    {
        _channel.Respond = async (_, _, aborted) =>
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, aborted);
            return Status(200);
        };
        using var services = ConnectorTestServices.Build(_tokens, new Dictionary<string, string?>
        {
            // Room for every attempt (4 x 250 ms) so that a loaded machine still shows at least one retry.
            ["Connector:Timeout"] = "00:00:01.500",
            ["Connector:AttemptTimeout"] = "00:00:00.250",
        });

        var error = await Assert.ThrowsAsync<ConnectorException>(
            () => services.CreateClient(_channel.ServiceUrl).SendToConversationAsync(Message("hello?")));

        Assert.Null(error.StatusCode);
        Assert.IsType<TimeoutRejectedException>(error.InnerException);
        // Hung attempts are cut by the attempt timeout and retried within the total budget.
        Assert.True(_channel.Requests.Count >= 2, $"expected a retry after the first attempt timed out, saw {_channel.Requests.Count} request(s)");
    }

    [Fact]
    public async Task The_callers_cancellation_is_not_retried_nor_wrapped()
    {
        var received = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _channel.Respond = async (_, _, aborted) =>
        {
            received.TrySetResult();
            await Task.Delay(Timeout.InfiniteTimeSpan, aborted);
            return Status(200);
        };
        using var services = ConnectorTestServices.Build(_tokens);
        using var cancellation = new CancellationTokenSource();

        var send = services.CreateClient(_channel.ServiceUrl).SendToConversationAsync(Message("never mind"), cancellation.Token);
        await received.Task.WaitAsync(TimeSpan.FromSeconds(5));
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => send);
        Assert.Single(_channel.Requests);
    }

    /// <summary>
    /// A loopback port bound but never listening: connections to it are refused at once, and no server started
    /// by a parallel test can take it while the socket lives.
    /// </summary>
    private static Socket ReserveClosedLoopbackPort()
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return socket;
    }

    private sealed class AttemptCounter
    {
        private int _count;

        public int Count => _count;

        public void Add() => Interlocked.Increment(ref _count);
    }

    /// <summary>Sits inside the retry handler, so it sees every attempt.</summary>
    private sealed class CountingHandler(AttemptCounter counter) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            counter.Add();
            return base.SendAsync(request, cancellationToken);
        }
    }
}
