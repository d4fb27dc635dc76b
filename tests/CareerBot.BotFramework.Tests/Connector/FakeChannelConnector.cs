using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CareerBot.BotFramework.Tests.Connector;

/// <summary>One request as the fake channel saw it.</summary>
internal sealed record RecordedRequest(
    string Method,
    string RawTarget,
    string? Authorization,
    string? ContentType,
    string Body,
    DateTimeOffset ReceivedAt,
    long ReceivedTimestamp);

/// <summary>What the fake channel answers to one request.</summary>
internal sealed record ScriptedResponse(int Status, string? Body = null, IReadOnlyDictionary<string, string>? Headers = null)
{
    public static ScriptedResponse Ok(string body) => new(200, body);
}

/// <summary>
/// A channel's Bot Connector played by a real Kestrel server on 127.0.0.1 (random port): it records every request
/// and answers from <see cref="Respond"/> (default: 200 with a fresh activity id).
/// </summary>
internal sealed class FakeChannelConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private int _count;

    private FakeChannelConnector(WebApplication app) => _app = app;

    /// <summary>Chooses the answer from the request and its 0-based index; may wait (honouring the abort token).</summary>
    public Func<RecordedRequest, int, CancellationToken, Task<ScriptedResponse>> Respond { get; set; } =
        (_, index, _) => Task.FromResult(ScriptedResponse.Ok($$"""{"id":"activity-{{index}}"}"""));

    public Uri BaseUrl { get; private set; } = null!;

    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    /// <summary>Answers the requests in turn with <paramref name="responses"/>, then with 200 and a fresh id.</summary>
    public void Script(params ScriptedResponse[] responses) => Respond = (_, index, _) => Task.FromResult(
        index < responses.Length ? responses[index] : ScriptedResponse.Ok($$"""{"id":"activity-{{index}}"}"""));

    public static async Task<FakeChannelConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(options => options.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var server = new FakeChannelConnector(app);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        server.BaseUrl = new Uri(address);
        return server;
    }

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

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
