using System.Net;
using System.Net.WebSockets;
using System.Text;
using CareerBot.BotFramework.Schema;
using CareerBot.DirectLine.Protocol;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CareerBot.DirectLine.Tests;

/// <summary>
/// The WebSocket stream with a real <see cref="ClientWebSocket"/>, the advisor answering through Direct Line, and the
/// Azure mode of the token endpoint against a fake Azure Direct Line on loopback.
/// </summary>
public sealed class DirectLineStreamAndModesTests
{
    [Fact]
    public async Task The_stream_pushes_the_welcome_then_the_echo_and_sends_keep_alives_when_idle()
    {
        using var factory = new DirectLineHostFactory().With("DirectLine:KeepAliveInterval", "00:00:00.300");
        using var http = factory.CreateLoopbackClient();
        var client = new DirectLineClient(http);
        var token = await client.GetHostTokenAsync("dl_stream");
        var started = await client.StartAsync(token.Token);

        using var socket = new ClientWebSocket();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await socket.ConnectAsync(new Uri(started.StreamUrl!), timeout.Token);

        var welcome = await ReceiveSetAsync(socket, timeout.Token);
        Assert.Contains("CareerBot", Assert.Single(welcome.Activities).Text, StringComparison.Ordinal);

        // Nothing new: the next message is a keep-alive, empty.
        Assert.Equal(string.Empty, await ReceiveTextAsync(socket, timeout.Token));

        await client.PostAsync(token.ConversationId, token.Token, "ping");
        var texts = new List<string?>();
        while (!texts.Any(t => t?.Contains("« ping »", StringComparison.Ordinal) == true))
        {
            var text = await ReceiveTextAsync(socket, timeout.Token);
            if (text.Length > 0)
            {
                texts.AddRange(BotJson.Deserialize<ActivitySet>(text)!.Activities.Select(a => a.Text));
            }
        }

        Assert.Equal("ping", texts[0]);
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
        Assert.Equal(WebSocketState.Closed, socket.State);
    }

    [Fact]
    public async Task A_stream_url_from_a_watermark_skips_what_came_before_and_a_stream_for_another_conversation_is_refused()
    {
        using var factory = new DirectLineHostFactory();
        using var http = factory.CreateLoopbackClient();
        var client = new DirectLineClient(http);
        var token = await client.GetHostTokenAsync();
        await client.StartAsync(token.Token);
        await client.PostAsync(token.ConversationId, token.Token, "un");
        var watermark = (await client.GetActivitiesAsync(token.ConversationId, token.Token)).Watermark;
        using var reconnect = await client.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{token.ConversationId}?watermark={watermark}", token.Token);
        var streamUrl = (await System.Net.Http.Json.HttpContentJsonExtensions.ReadFromJsonAsync<Conversation>(reconnect.Content, BotJson.Options))!.StreamUrl!;

        using var socket = new ClientWebSocket();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await socket.ConnectAsync(new Uri(streamUrl), timeout.Token);
        await client.PostAsync(token.ConversationId, token.Token, "deux");
        var first = await ReceiveSetAsync(socket, timeout.Token);
        Assert.Equal("deux", first.Activities[0].Text);

        var other = await client.GetHostTokenAsync();
        var foreignUrl = streamUrl.Replace(token.ConversationId, other.ConversationId, StringComparison.Ordinal);
        using var foreign = new ClientWebSocket();
        var refused = await Assert.ThrowsAsync<WebSocketException>(() => foreign.ConnectAsync(new Uri(foreignUrl), timeout.Token));
        Assert.Contains("403", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_advisor_answers_the_salary_question_with_figures_and_citations()
    {
        using var factory = new DirectLineHostFactory().With("Bot:Mode", "Advisor");
        using var http = factory.CreateLoopbackClient();
        var client = new DirectLineClient(http);
        var token = await client.GetHostTokenAsync("dl_advisor");
        await client.StartAsync(token.Token);

        await client.PostAsync(token.ConversationId, token.Token, "Quel est le salaire d'un prompt engineer junior ?");
        var answer = await client.WaitForBotMessageAsync(token.ConversationId, token.Token, a => a.Text?.Contains("45", StringComparison.Ordinal) == true);

        var text = answer.Text!.Replace('\u202f', ' ').Replace('\u00a0', ' ');
        Assert.Contains("45 000", text, StringComparison.Ordinal);
        Assert.Contains("60 000", text, StringComparison.Ordinal);
        Assert.Matches(@"\[\d+\]", text);
        Assert.Equal(Channels.DirectLine, answer.ChannelId);
    }

    [Fact]
    public async Task With_an_azure_secret_the_token_endpoint_exchanges_it_and_never_returns_it()
    {
        const string AzureSecret = "azure-direct-line-secret";
        await using var azure = await FakeAzureDirectLine.StartAsync();
        using var factory = new DirectLineHostFactory()
            .With("DirectLine:Secret", AzureSecret)
            .With("DirectLine:AzureEndpoint", azure.Address.ToString());
        using var http = factory.CreateLoopbackClient();

        using var response = await http.PostAsync("api/directline/token", new StringContent("{\"user\":{\"id\":\"dl_visitor\"}}", Encoding.UTF8, "application/json"));
        var body = await response.Content.ReadAsStringAsync();
        var token = BotJson.Deserialize<HostToken>(body)!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("azure-token", token.Token);
        Assert.Equal("azure-conversation", token.ConversationId);
        Assert.Equal(3600, token.ExpiresIn);
        Assert.Equal(new Uri(azure.Address, "v3/directline").ToString(), token.Domain);
        Assert.DoesNotContain(AzureSecret, body, StringComparison.Ordinal);
        var request = Assert.Single(azure.Requests);
        Assert.Equal("Bearer " + AzureSecret, request.Authorization);
        Assert.Contains("dl_visitor", request.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_azure_refuses_the_token_endpoint_answers_502()
    {
        await using var azure = await FakeAzureDirectLine.StartAsync(StatusCodes.Status403Forbidden);
        using var factory = new DirectLineHostFactory()
            .With("DirectLine:Secret", "wrong")
            .With("DirectLine:AzureEndpoint", azure.Address.ToString());
        using var http = factory.CreateLoopbackClient();

        using var response = await http.PostAsync("api/directline/token", null);

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Single(azure.Requests);
    }

    private static async Task<ActivitySet> ReceiveSetAsync(WebSocket socket, CancellationToken cancellationToken)
    {
        while (true)
        {
            var text = await ReceiveTextAsync(socket, cancellationToken);
            if (text.Length > 0)
            {
                return BotJson.Deserialize<ActivitySet>(text)!;
            }
        }
    }

    private static async Task<string> ReceiveTextAsync(WebSocket socket, CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        WebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(buffer, cancellationToken);
            Assert.NotEqual(WebSocketMessageType.Close, result.MessageType);
            message.Write(buffer, 0, result.Count);
        }
        while (!result.EndOfMessage);

        return Encoding.UTF8.GetString(message.ToArray());
    }

    /// <summary>Azure's <c>POST /v3/directline/tokens/generate</c>, played by Kestrel on 127.0.0.1; records each request.</summary>
    private sealed class FakeAzureDirectLine : IAsyncDisposable
    {
        private readonly WebApplication _app;
        private readonly List<(string? Authorization, string Body)> _requests = [];

        private FakeAzureDirectLine(WebApplication app) => _app = app;

        public Uri Address { get; private set; } = null!;

        public IReadOnlyList<(string? Authorization, string Body)> Requests
        {
            get
            {
                lock (_requests)
                {
                    return [.. _requests];
                }
            }
        }

        public static async Task<FakeAzureDirectLine> StartAsync(int status = StatusCodes.Status200OK)
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.Logging.ClearProviders();
            builder.WebHost.ConfigureKestrel(options => options.Listen(IPAddress.Loopback, 0));
            var app = builder.Build();
            var fake = new FakeAzureDirectLine(app);
            app.MapPost("/v3/directline/tokens/generate", async (HttpRequest request) =>
            {
                using var reader = new StreamReader(request.Body);
                var body = await reader.ReadToEndAsync();
                lock (fake._requests)
                {
                    fake._requests.Add((request.Headers.Authorization.ToString(), body));
                }

                return status == StatusCodes.Status200OK
                    ? Results.Text("{\"conversationId\":\"azure-conversation\",\"token\":\"azure-token\",\"expires_in\":3600}", "application/json")
                    : Results.StatusCode(status);
            });
            await app.StartAsync();
            fake.Address = new Uri(app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single() + "/");
            return fake;
        }

        public async ValueTask DisposeAsync() => await _app.DisposeAsync();
    }
}
