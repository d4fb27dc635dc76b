using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace CareerBot.Testing;

/// <summary>
/// A channel's Bot Connector service played by a real Kestrel server on 127.0.0.1 (random port), to be given to
/// the bot as the activity's <c>serviceUrl</c>. It records every request in <see cref="Requests"/> and answers
/// from <see cref="Respond"/> (default: 200 with a fresh activity id); <see cref="Script"/> and
/// <see cref="FailFirst"/> cover the usual scripts.
/// </summary>
public sealed class FakeChannelConnector : IAsyncDisposable
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(50);

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private readonly ConcurrentQueue<RecordedRequest> _delivered = new();
    private int _count;
    private int _failed;

    private FakeChannelConnector(WebApplication app) => _app = app;

    /// <summary>Chooses the answer from the request and its 0-based index; may wait (honouring the abort token).</summary>
    public Func<RecordedRequest, int, CancellationToken, Task<ScriptedResponse>> Respond { get; set; } =
        (_, index, _) => Task.FromResult(DefaultResponse(index));

    /// <summary><c>http://127.0.0.1:{port}/</c>.</summary>
    public Uri ServiceUrl { get; private set; } = null!;

    /// <summary>Every request received, in order of arrival, whatever it was answered (or still waiting).</summary>
    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    /// <summary>The requests answered with a 2xx status: what the channel actually accepted.</summary>
    public IReadOnlyList<RecordedRequest> Delivered => [.. _delivered];

    /// <summary>
    /// Called with each request the channel accepts (2xx), in order of acceptance and before the bot gets the answer:
    /// a long test routes the replies as they come instead of scanning <see cref="Delivered"/> again and again.
    /// </summary>
    public Action<RecordedRequest>? Accepted { get; set; }

    /// <summary>How many requests were answered with a status other than 2xx.</summary>
    public int FailedRequests => Volatile.Read(ref _failed);

    public static async Task<FakeChannelConnector> StartAsync()
    {
        var app = LoopbackHttp.CreateApp();
        var channel = new FakeChannelConnector(app);
        app.Run(channel.HandleAsync);
        await app.StartAsync();
        channel.ServiceUrl = LoopbackHttp.AddressOf(app);
        return channel;
    }

    /// <summary>Answers the requests in turn with <paramref name="responses"/>, then with 200 and a fresh id.</summary>
    public void Script(params ScriptedResponse[] responses) => Respond = (_, index, _) => Task.FromResult(
        index < responses.Length ? responses[index] : DefaultResponse(index));

    /// <summary>
    /// Answers the first <paramref name="count"/> requests with <paramref name="status"/> (and a
    /// <c>Retry-After</c> header when given), then with 200 and a fresh id: a channel that is briefly down.
    /// </summary>
    public void FailFirst(int count, int status, string? retryAfter = null)
    {
        var headers = retryAfter is null ? null : new Dictionary<string, string> { ["Retry-After"] = retryAfter };
        Script([.. Enumerable.Repeat(new ScriptedResponse(status, Headers: headers), count)]);
    }

    /// <summary>Waits until a delivered request matches, for the bot's replies that arrive after its HTTP response.</summary>
    /// <exception cref="TimeoutException">None matched within <paramref name="timeout"/>.</exception>
    public async Task<RecordedRequest> WaitForAsync(Func<RecordedRequest, bool> match, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(match);
        var started = Stopwatch.GetTimestamp();
        while (true)
        {
            if (_delivered.FirstOrDefault(match) is { } found)
            {
                return found;
            }

            if (Stopwatch.GetElapsedTime(started) > timeout)
            {
                throw new TimeoutException($"No matching request reached the channel in {timeout}; received: {_requests.Count}.");
            }

            await Task.Delay(PollInterval);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static ScriptedResponse DefaultResponse(int index) => ScriptedResponse.Ok($$"""{"id":"activity-{{index}}"}""");

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var recorded = new RecordedRequest(
            context.Request.Method,
            context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget,
            context.Request.Headers.Authorization.Count == 0 ? null : context.Request.Headers.Authorization.ToString(),
            context.Request.ContentType,
            body,
            DateTimeOffset.UtcNow,
            Stopwatch.GetTimestamp());
        var index = Interlocked.Increment(ref _count) - 1;
        _requests.Enqueue(recorded);

        var response = await Respond(recorded, index, context.RequestAborted);
        if (response.IsSuccess)
        {
            _delivered.Enqueue(recorded);
            Accepted?.Invoke(recorded);
        }
        else
        {
            Interlocked.Increment(ref _failed);
        }

        context.Response.StatusCode = response.Status;
        foreach (var (name, value) in response.Headers ?? new Dictionary<string, string>())
        {
            context.Response.Headers[name] = value;
        }

        if (response.Body is not null)
        {
            context.Response.ContentType = "application/json; charset=utf-8";
            await context.Response.WriteAsync(response.Body, context.RequestAborted);
        }
    }
}
