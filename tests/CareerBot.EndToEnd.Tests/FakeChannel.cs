using System.Collections.Concurrent;
using CareerBot.BotFramework.Schema;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;

namespace CareerBot.EndToEnd.Tests;

/// <summary>
/// A channel's Connector service on loopback: receives what the bot sends through the Connector REST API,
/// and can be told to fail the first requests to exercise the bot's retries.
/// </summary>
public sealed class FakeChannel : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _failuresLeft;

    public sealed record Received(string Path, string? Authorization, Activity Activity);

    public ConcurrentQueue<Received> Requests { get; } = new();

    public int FailedRequests { get; private set; }

    private FakeChannel(WebApplication app) => _app = app;

    public Uri ServiceUrl => new(_app.Urls.First() + "/");

    public static async Task<FakeChannel> StartAsync(int failFirstRequestsWith503 = 0)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var channel = new FakeChannel(app) { _failuresLeft = failFirstRequestsWith503 };
        app.MapPost("/v3/conversations/{conversationId}/activities/{**rest}", async (HttpContext http) =>
        {
            if (Interlocked.Decrement(ref channel._failuresLeft) >= 0)
            {
                channel.FailedRequests++;
                http.Response.Headers.RetryAfter = "1";
                return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
            }

            using var reader = new StreamReader(http.Request.Body);
            var activity = BotJson.Deserialize<Activity>(await reader.ReadToEndAsync())!;
            // The raw target, as sent: Request.Path would show ids already unescaped.
            var rawTarget = http.Features.Get<IHttpRequestFeature>()!.RawTarget;
            channel.Requests.Enqueue(new Received(rawTarget, http.Request.Headers.Authorization.FirstOrDefault(), activity));
            return Results.Json(new ResourceResponse(Guid.NewGuid().ToString("N")));
        });
        await app.StartAsync();
        return channel;
    }

    public async Task<Received> WaitForAsync(Func<Received, bool> match, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            var found = Requests.FirstOrDefault(match);
            if (found is not null)
            {
                return found;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("The bot's reply never reached the channel.");
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
