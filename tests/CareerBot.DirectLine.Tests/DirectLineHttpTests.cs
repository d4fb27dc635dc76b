using System.Net;
using System.Net.Http.Json;
using System.Text;
using CareerBot.BotFramework.Schema;
using CareerBot.DirectLine.Protocol;
using Microsoft.Extensions.Time.Testing;

namespace CareerBot.DirectLine.Tests;

/// <summary>The self-hosted Direct Line over real HTTP, in the real host with the echo bot.</summary>
public sealed class DirectLineHttpTests : IClassFixture<DirectLineHttpTests.Host>, IDisposable
{
    private const string Secret = "self-hosted-test-secret";
    private readonly HttpClient _http;
    private readonly DirectLineClient _client;

    public DirectLineHttpTests(Host host)
    {
        _http = host.CreateLoopbackClient();
        _client = new DirectLineClient(_http);
    }

    public void Dispose() => _http.Dispose();

    /// <summary>The echo host with a self-hosted secret and a small body limit.</summary>
    public sealed class Host : IDisposable
    {
        private readonly DirectLineHostFactory _factory = new DirectLineHostFactory()
            .With("DirectLine:SelfHostedSecret", Secret)
            .With("BotFramework:MaxRequestBodyBytes", "4096");

        public HttpClient CreateLoopbackClient() => _factory.CreateLoopbackClient();

        public void Dispose() => _factory.Dispose();
    }

    [Fact]
    public async Task A_page_token_starts_its_conversation_with_the_welcome_and_the_echo_follows_the_watermark()
    {
        var hostToken = await _client.GetHostTokenAsync("dl_visitor");
        Assert.EndsWith("/v3/directline", hostToken.Domain, StringComparison.Ordinal);
        Assert.Equal(1800, hostToken.ExpiresIn);

        var started = await _client.StartAsync(hostToken.Token);
        Assert.Equal(hostToken.ConversationId, started.ConversationId);
        Assert.StartsWith("ws://127.0.0.1:", started.StreamUrl, StringComparison.Ordinal);

        var first = await _client.GetActivitiesAsync(started.ConversationId!, hostToken.Token);
        var welcome = Assert.Single(first.Activities);
        Assert.Contains("CareerBot", welcome.Text, StringComparison.Ordinal);
        Assert.Equal("dl_visitor", welcome.Recipient!.Id);

        var id = await _client.PostAsync(started.ConversationId!, hostToken.Token, "bonjour");
        Assert.StartsWith(started.ConversationId + "|", id, StringComparison.Ordinal);

        var next = await _client.GetActivitiesAsync(started.ConversationId!, hostToken.Token, first.Watermark);
        Assert.Equal(2, next.Activities.Count);
        Assert.Equal(id, next.Activities[0].Id);
        Assert.Equal("dl_visitor", next.Activities[0].From!.Id);
        Assert.Contains("« bonjour » (message n° 1", next.Activities[1].Text, StringComparison.Ordinal);
        Assert.Empty((await _client.GetActivitiesAsync(started.ConversationId!, hostToken.Token, next.Watermark)).Activities);
    }

    [Fact]
    public async Task Starting_twice_greets_once()
    {
        var hostToken = await _client.GetHostTokenAsync();
        using var first = await _client.SendAsync(HttpMethod.Post, "v3/directline/conversations", hostToken.Token);
        using var second = await _client.SendAsync(HttpMethod.Post, "v3/directline/conversations", hostToken.Token);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Single((await _client.GetActivitiesAsync(hostToken.ConversationId, hostToken.Token)).Activities);
    }

    [Fact]
    public async Task The_secret_generates_a_token_that_refreshes_and_reconnects()
    {
        // A token names the second it was issued: the host's clock moves on between issuing and refreshing.
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var host = new DirectLineHostFactory().With("DirectLine:SelfHostedSecret", Secret).WithTime(time);
        using var http = host.CreateLoopbackClient();
        var client = new DirectLineClient(http);
        using var generated = await client.SendAsync(HttpMethod.Post, "v3/directline/tokens/generate", Secret,
            JsonContent.Create(new TokenParameters { User = new ChannelAccount("dl_server") }, options: BotJson.Options));
        Assert.Equal(HttpStatusCode.OK, generated.StatusCode);
        var conversation = (await generated.Content.ReadFromJsonAsync<Conversation>(BotJson.Options))!;
        await client.StartAsync(conversation.Token!);

        time.Advance(TimeSpan.FromSeconds(2));
        using var refreshed = await client.SendAsync(HttpMethod.Post, "v3/directline/tokens/refresh", conversation.Token);
        var renewed = (await refreshed.Content.ReadFromJsonAsync<Conversation>(BotJson.Options))!;
        Assert.Equal(conversation.ConversationId, renewed.ConversationId);
        Assert.NotEqual(conversation.Token, renewed.Token);

        using var reconnect = await client.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{conversation.ConversationId}?watermark=0", renewed.Token);
        var reconnected = (await reconnect.Content.ReadFromJsonAsync<Conversation>(BotJson.Options))!;
        Assert.Equal(renewed.Token, reconnected.Token);
        Assert.Contains("watermark=0&t=", reconnected.StreamUrl, StringComparison.Ordinal);

        using var tokenGeneratesNothing = await client.SendAsync(HttpMethod.Post, "v3/directline/tokens/generate", renewed.Token);
        Assert.Equal(HttpStatusCode.Forbidden, tokenGeneratesNothing.StatusCode);
    }

    [Fact]
    public async Task Missing_or_wrong_credentials_are_refused_with_an_error_body()
    {
        var hostToken = await _client.GetHostTokenAsync();
        var other = await _client.GetHostTokenAsync();
        var path = $"v3/directline/conversations/{hostToken.ConversationId}/activities";

        using var none = await _client.SendAsync(HttpMethod.Get, path, null);
        using var wrongSecret = await _client.SendAsync(HttpMethod.Get, path, "not-the-secret");
        using var otherConversation = await _client.SendAsync(HttpMethod.Get, path, other.Token);
        using var unknown = await _client.SendAsync(HttpMethod.Get, "v3/directline/conversations/nope/activities", Secret);

        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        Assert.Equal("Unauthorized", await CodeOf(none));
        Assert.Equal(HttpStatusCode.Forbidden, wrongSecret.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherConversation.StatusCode);
        Assert.Contains("another conversation", await otherConversation.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task Bad_bodies_get_400_413_and_415_with_a_reason()
    {
        var hostToken = await _client.GetHostTokenAsync();
        var path = $"v3/directline/conversations/{hostToken.ConversationId}/activities";

        using var malformed = await _client.SendAsync(HttpMethod.Post, path, hostToken.Token, new StringContent("{\"type\":", Encoding.UTF8, "application/json"));
        using var notActivity = await _client.SendAsync(HttpMethod.Post, path, hostToken.Token, new StringContent("{\"text\":\"no type\"}", Encoding.UTF8, "application/json"));
        using var oversized = await _client.SendAsync(HttpMethod.Post, path, hostToken.Token, new StringContent($"{{\"type\":\"message\",\"text\":\"{new string('a', 5000)}\"}}", Encoding.UTF8, "application/json"));
        using var plainText = await _client.SendAsync(HttpMethod.Post, path, hostToken.Token, new StringContent("hello", Encoding.UTF8, "text/plain"));
        using var badWatermark = await _client.SendAsync(HttpMethod.Get, path + "?watermark=abc", hostToken.Token);
        using var badUser = await _http.PostAsync("api/directline/token", new StringContent("{\"user\":{\"id\":\"admin\"}}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Equal("BadArgument", await CodeOf(malformed));
        Assert.Equal(HttpStatusCode.BadRequest, notActivity.StatusCode);
        Assert.Contains("'type'", await notActivity.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, oversized.StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, plainText.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badWatermark.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badUser.StatusCode);
    }

    [Fact]
    public async Task The_user_id_given_to_the_token_endpoint_is_the_user_of_every_posted_activity_whatever_the_body_says()
    {
        // The posted activity says from dl_ignored: the token's user wins, so user state follows the visitor.
        var token = await _client.GetHostTokenAsync("dl_returning");
        await _client.StartAsync(token.Token);
        await _client.PostAsync(token.ConversationId, token.Token, "salut");

        var set = await _client.GetActivitiesAsync(token.ConversationId, token.Token);
        Assert.Equal("dl_returning", Assert.Single(set.Activities, a => a.From?.Role == "user").From!.Id);
    }

    private static async Task<string?> CodeOf(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<ErrorResponse>(BotJson.Options))?.Error?.Code;
}
