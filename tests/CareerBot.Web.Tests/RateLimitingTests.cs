using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using CareerBot.BotFramework.Schema;
using CareerBot.Testing;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CareerBot.Web.Tests;

/// <summary>
/// The host's rate limits, through the real host: at the limit a 429 with <c>Retry-After</c> and a JSON reason, other
/// clients and conversations unaffected, and service again once the bucket has refilled. Limits are set tiny here
/// (burst 3, one permit a second) so that a few requests reach them; recovery waits for the real second.
/// </summary>
public sealed class RateLimitingTests(CareerBotFactory factory) : IClassFixture<CareerBotFactory>, IDisposable
{
    private const int Burst = 3;
    private readonly CapturingLoggerProvider _logs = new();

    public void Dispose() => _logs.Dispose();

    [Fact]
    public async Task Per_ip_a_client_over_its_burst_gets_429_while_another_address_and_the_health_probes_do_not()
    {
        await using var host = Host(perIp: true, perConversation: false);
        var address = LoopbackClients.StartOnKestrel(host);
        using var first = LoopbackClients.From("127.0.0.1", address);
        using var second = LoopbackClients.From("127.0.0.2", address);

        // Probes are never counted; the token endpoint and /api/messages share the address's bucket.
        for (var i = 0; i < 10; i++)
        {
            using var probe = await first.GetAsync(new Uri("/healthz", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, probe.StatusCode);
        }

        using (var token = await first.PostAsync(new Uri("/api/directline/token", UriKind.Relative), content: null))
        {
            Assert.Equal(HttpStatusCode.OK, token.StatusCode);
        }

        for (var i = 1; i < Burst; i++)
        {
            Assert.Single(await new BotClient(first, $"conv-ip-{i}").SayAsync("salut"));
        }

        using var refused = await new BotClient(first, "conv-ip-over").PostAsync(Message("conv-ip-over"));
        await AssertTooManyRequestsAsync(refused, "per-IP");
        using (var probe = await first.GetAsync(new Uri("/readyz", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, probe.StatusCode);
        }

        Assert.Single(await new BotClient(second, "conv-ip-other").SayAsync("salut"));

        await Task.Delay(RetryAfter(refused));
        Assert.Single(await new BotClient(first, "conv-ip-over").SayAsync("salut"));
    }

    [Fact]
    public async Task Per_conversation_an_activity_over_the_burst_gets_429_and_no_accepted_turn_is_lost()
    {
        await using var host = Host(perIp: false, perConversation: true);
        var http = host.CreateClient();
        var busy = new BotClient(http, "conv-busy");

        for (var i = 1; i <= Burst; i++)
        {
            Assert.Contains($"n° {i}", Assert.Single(await busy.SayAsync($"message {i}")).Text, StringComparison.Ordinal);
        }

        using var refused = await busy.PostAsync(Message("conv-busy"));
        await AssertTooManyRequestsAsync(refused, "per-conversation");
        Assert.Contains("n° 1", Assert.Single(await new BotClient(http, "conv-quiet").SayAsync("salut")).Text, StringComparison.Ordinal);

        await Task.Delay(RetryAfter(refused));
        // The refused activity was not processed: the next accepted one is the conversation's fourth message.
        Assert.Contains($"n° {Burst + 1}", Assert.Single(await busy.SayAsync("encore")).Text, StringComparison.Ordinal);
        var warning = Assert.Single(_logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("Rate limit", StringComparison.Ordinal));
        Assert.DoesNotContain("encore", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Per_conversation_a_direct_line_post_over_the_burst_gets_429_and_another_conversation_does_not()
    {
        await using var host = Host(perIp: false, perConversation: true);
        var http = host.CreateClient();
        var busy = await StartDirectLineAsync(http);
        var quiet = await StartDirectLineAsync(http);

        for (var i = 1; i <= Burst; i++)
        {
            using var accepted = await PostDirectLineAsync(http, busy, $"message {i}");
            Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        }

        using var refused = await PostDirectLineAsync(http, busy, "one too many");
        await AssertTooManyRequestsAsync(refused, "per-conversation");
        using (var other = await PostDirectLineAsync(http, quiet, "salut"))
        {
            Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        }

        await Task.Delay(RetryAfter(refused));
        using var recovered = await PostDirectLineAsync(http, busy, "encore");
        Assert.Equal(HttpStatusCode.OK, recovered.StatusCode);
    }

    [Theory]
    [InlineData("RateLimiting:PerIp:PermitsPerSecond", "-1", "RateLimiting:PerIp:PermitsPerSecond")]
    [InlineData("RateLimiting:PerConversation:Burst", "0", "RateLimiting:PerConversation:Burst")]
    public void Impossible_limits_stop_the_start_naming_the_setting(string key, string value, string named)
    {
        using var host = factory.WithSettings(new Dictionary<string, string?> { [key] = value });

        var error = Assert.ThrowsAny<Exception>(() => host.CreateClient());

        Assert.Contains(named, error.ToString(), StringComparison.Ordinal);
    }

    private WebApplicationFactory<Program> Host(bool perIp, bool perConversation) => factory.WithSettings(
        new Dictionary<string, string?>
        {
            ["urls"] = "http://127.0.0.1:0",
            ["RateLimiting:PerIp:PermitsPerSecond"] = perIp ? "1" : "0",
            ["RateLimiting:PerIp:Burst"] = Burst.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["RateLimiting:PerConversation:PermitsPerSecond"] = perConversation ? "1" : "0",
            ["RateLimiting:PerConversation:Burst"] = Burst.ToString(System.Globalization.CultureInfo.InvariantCulture),
        },
        services => services.AddSingleton<ILoggerProvider>(_logs));

    private static Activity Message(string conversationId) => BotClient.NewActivity(ActivityTypes.Message, conversationId, "one too many");

    private static async Task AssertTooManyRequestsAsync(HttpResponseMessage response, string limiter)
    {
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.InRange(RetryAfter(response), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2));
        var error = BotJson.Deserialize<ErrorResponse>(await response.Content.ReadAsStringAsync())!.Error!;
        Assert.Equal("TooManyRequests", error.Code);
        Assert.Contains(limiter, error.Message, StringComparison.Ordinal);
    }

    private static TimeSpan RetryAfter(HttpResponseMessage response) =>
        response.Headers.RetryAfter?.Delta ?? throw new Xunit.Sdk.XunitException("No Retry-After in seconds.");

    private static async Task<(string ConversationId, string Token)> StartDirectLineAsync(HttpClient http)
    {
        using var tokenResponse = await http.PostAsync(new Uri("/api/directline/token", UriKind.Relative), content: null);
        var token = (await tokenResponse.Content.ReadFromJsonAsync<Dictionary<string, System.Text.Json.JsonElement>>())!;
        var conversation = (token["conversationId"].GetString()!, token["token"].GetString()!);
        using var start = new HttpRequestMessage(HttpMethod.Post, new Uri("/v3/directline/conversations", UriKind.Relative));
        start.Headers.Authorization = new AuthenticationHeaderValue("Bearer", conversation.Item2);
        using var started = await http.SendAsync(start);
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        return conversation;
    }

    private static async Task<HttpResponseMessage> PostDirectLineAsync(HttpClient http, (string ConversationId, string Token) conversation, string text)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"/v3/directline/conversations/{conversation.ConversationId}/activities", UriKind.Relative))
        {
            Content = new StringContent($$"""{"type":"message","from":{"id":"ignored"},"text":"{{text}}"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", conversation.Token);
        return await http.SendAsync(request);
    }
}
