using System.Text.Json;
using CareerBot.BotFramework.Authentication;
using CareerBot.BotFramework.Schema;
using CareerBot.Testing;
using Moq;

namespace CareerBot.BotFramework.Tests.Connector;

/// <summary>Each Bot Connector route, over real HTTP to a fake channel on 127.0.0.1.</summary>
public sealed class ConnectorClientRouteTests : IAsyncLifetime
{
    // A Teams channel-thread conversation id and ids with the characters that must not split a path segment.
    private const string TeamsConversationId = "19:abc-DEF@thread.skype;messageid=1700000000000";
    private const string EscapedTeamsConversationId = "19%3Aabc-DEF%40thread.skype%3Bmessageid%3D1700000000000";
    private const string ActivityId = "1:1a2b/3c?d";
    private const string EscapedActivityId = "1%3A1a2b%2F3c%3Fd";

    private FakeChannelConnector _channel = null!;
    private readonly FixedAccessTokenProvider _tokens = new("token-123");

    public async Task InitializeAsync() => _channel = await FakeChannelConnector.StartAsync();

    public async Task DisposeAsync() => await _channel.DisposeAsync();

    private static Activity Message(string text, string? id = null, string? replyToId = null) => new()
    {
        Type = ActivityTypes.Message,
        Id = id,
        ReplyToId = replyToId,
        Text = text,
        Conversation = new ConversationAccount(TeamsConversationId),
        From = new ChannelAccount("28:bot", "CareerBot"),
        Recipient = new ChannelAccount("29:user", "Ada"),
    };

    [Fact]
    public async Task SendToConversation_posts_the_activity_json_to_the_escaped_conversation_route()
    {
        _channel.Script(ScriptedResponse.Ok("""{"id":"sent-1"}"""));
        using var services = ConnectorTestServices.Build(_tokens);

        var response = await services.CreateClient(_channel.ServiceUrl).SendToConversationAsync(Message("Bonjour"));

        Assert.Equal("sent-1", response.Id);
        var request = Assert.Single(_channel.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal($"/v3/conversations/{EscapedTeamsConversationId}/activities", request.RawTarget);
        Assert.Equal("application/json; charset=utf-8", request.ContentType);
        var sent = BotJson.Deserialize<Activity>(request.Body)!;
        Assert.Equal(ActivityTypes.Message, sent.Type);
        Assert.Equal("Bonjour", sent.Text);
        Assert.Equal(TeamsConversationId, sent.Conversation?.Id);
        Assert.Equal("29:user", sent.Recipient?.Id);
        Assert.Contains("\"text\":\"Bonjour\"", request.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReplyToActivity_posts_to_the_escaped_reply_route()
    {
        using var services = ConnectorTestServices.Build(_tokens);

        var response = await services.CreateClient(_channel.ServiceUrl).ReplyToActivityAsync(Message("Re", replyToId: ActivityId));

        Assert.Equal("activity-0", response.Id);
        var request = Assert.Single(_channel.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal($"/v3/conversations/{EscapedTeamsConversationId}/activities/{EscapedActivityId}", request.RawTarget);
        Assert.Equal(ActivityId, BotJson.Deserialize<Activity>(request.Body)!.ReplyToId);
    }

    [Fact]
    public async Task UpdateActivity_puts_the_activity_to_its_own_route()
    {
        _channel.Script(ScriptedResponse.Ok("""{"id":"updated"}"""));
        using var services = ConnectorTestServices.Build(_tokens);

        var response = await services.CreateClient(_channel.ServiceUrl).UpdateActivityAsync(Message("Edited", id: ActivityId));

        Assert.Equal("updated", response.Id);
        var request = Assert.Single(_channel.Requests);
        Assert.Equal("PUT", request.Method);
        Assert.Equal($"/v3/conversations/{EscapedTeamsConversationId}/activities/{EscapedActivityId}", request.RawTarget);
        Assert.Equal("Edited", BotJson.Deserialize<Activity>(request.Body)!.Text);
    }

    [Fact]
    public async Task DeleteActivity_sends_a_bodyless_DELETE_and_accepts_204()
    {
        _channel.Script(new ScriptedResponse(204));
        using var services = ConnectorTestServices.Build(_tokens);

        await services.CreateClient(_channel.ServiceUrl).DeleteActivityAsync(TeamsConversationId, ActivityId);

        var request = Assert.Single(_channel.Requests);
        Assert.Equal("DELETE", request.Method);
        Assert.Equal($"/v3/conversations/{EscapedTeamsConversationId}/activities/{EscapedActivityId}", request.RawTarget);
        Assert.Equal(string.Empty, request.Body);
    }

    [Fact]
    public async Task GetConversationMembers_gets_and_parses_the_member_list()
    {
        _channel.Script(ScriptedResponse.Ok("""
            [{"id":"29:ada","name":"Ada","aadObjectId":"aad-1","userPrincipalName":"ada@example.org"},{"id":"28:bot","name":"CareerBot","role":"bot"}]
            """));
        using var services = ConnectorTestServices.Build(_tokens);

        var members = await services.CreateClient(_channel.ServiceUrl).GetConversationMembersAsync(TeamsConversationId);

        var request = Assert.Single(_channel.Requests);
        Assert.Equal("GET", request.Method);
        Assert.Equal($"/v3/conversations/{EscapedTeamsConversationId}/members", request.RawTarget);
        Assert.Equal(["29:ada", "28:bot"], members.Select(m => m.Id));
        Assert.Equal("aad-1", members[0].AadObjectId);
        Assert.Equal("ada@example.org", members[0].Properties!["userPrincipalName"].GetString());
        Assert.Equal("bot", members[1].Role);
    }

    [Fact]
    public async Task GetConversationMember_gets_the_escaped_member_route()
    {
        _channel.Script(ScriptedResponse.Ok("""{"id":"29:1xYz@a;b","name":"Ada"}"""));
        using var services = ConnectorTestServices.Build(_tokens);

        var member = await services.CreateClient(_channel.ServiceUrl).GetConversationMemberAsync(TeamsConversationId, "29:1xYz@a;b");

        Assert.Equal("Ada", member.Name);
        var request = Assert.Single(_channel.Requests);
        Assert.Equal("GET", request.Method);
        Assert.Equal($"/v3/conversations/{EscapedTeamsConversationId}/members/29%3A1xYz%40a%3Bb", request.RawTarget);
    }

    [Theory]
    [InlineData("", "/v3/conversations/c1/activities")]
    [InlineData("/", "/v3/conversations/c1/activities")]
    [InlineData("/teams", "/teams/v3/conversations/c1/activities")]
    [InlineData("/teams/", "/teams/v3/conversations/c1/activities")]
    [InlineData("/amer/teams", "/amer/teams/v3/conversations/c1/activities")]
    public async Task Service_urls_with_or_without_a_trailing_slash_keep_their_path(string servicePath, string expectedTarget)
    {
        using var services = ConnectorTestServices.Build(_tokens);
        var serviceUrl = new Uri(_channel.ServiceUrl.GetLeftPart(UriPartial.Authority) + servicePath);

        await services.CreateClient(serviceUrl).SendToConversationAsync(new Activity
        {
            Type = ActivityTypes.Message,
            Conversation = new ConversationAccount("c1"),
        });

        Assert.Equal(expectedTarget, Assert.Single(_channel.Requests).RawTarget);
    }

    [Theory]
    [InlineData(200, "{}")]
    [InlineData(200, "")]
    [InlineData(201, "{\"id\":\"\"}")]
    [InlineData(202, null)]
    [InlineData(204, null)]
    public async Task Sends_answered_without_an_id_succeed_with_an_empty_id(int status, string? body)
    {
        _channel.Script(new ScriptedResponse(status, body));
        using var services = ConnectorTestServices.Build(_tokens);

        var response = await services.CreateClient(_channel.ServiceUrl).SendToConversationAsync(Message("Hi"));

        Assert.True(string.IsNullOrEmpty(response.Id));
        Assert.Single(_channel.Requests);
    }

    [Fact]
    public async Task A_bearer_token_from_the_provider_goes_on_every_request()
    {
        var tokens = new Mock<IAccessTokenProvider>();
        tokens.SetupSequence(t => t.GetAccessTokenAsync(It.IsAny<CancellationToken>()))
            .ReturnsAsync("first-token")
            .ReturnsAsync("second-token");
        _channel.Script(ScriptedResponse.Ok("""{"id":"m1"}"""), ScriptedResponse.Ok("[]"));
        using var services = ConnectorTestServices.Build(tokens.Object);
        var client = services.CreateClient(_channel.ServiceUrl);

        await client.SendToConversationAsync(Message("one"));
        await client.GetConversationMembersAsync(TeamsConversationId);

        Assert.Equal(["Bearer first-token", "Bearer second-token"], _channel.Requests.Select(r => r.Authorization));
        tokens.Verify(t => t.GetAccessTokenAsync(It.IsAny<CancellationToken>()), Times.Exactly(2));
    }

    [Fact]
    public async Task Anonymous_mode_sends_no_authorization_header()
    {
        var anonymous = new FixedAccessTokenProvider(null);
        using var services = ConnectorTestServices.Build(anonymous);

        await services.CreateClient(_channel.ServiceUrl).SendToConversationAsync(Message("Hi"));

        Assert.Null(Assert.Single(_channel.Requests).Authorization);
        Assert.Equal(1, anonymous.Calls);
    }

    [Fact]
    public async Task Unknown_activity_fields_are_sent_as_they_were_received()
    {
        using var services = ConnectorTestServices.Build(_tokens);
        var activity = Message("Hi");
        activity.Properties = new Dictionary<string, JsonElement> { ["futureField"] = BotJson.ToElement(new { deep = 1 }) };

        await services.CreateClient(_channel.ServiceUrl).SendToConversationAsync(activity);

        using var sent = JsonDocument.Parse(Assert.Single(_channel.Requests).Body);
        Assert.Equal(1, sent.RootElement.GetProperty("futureField").GetProperty("deep").GetInt32());
    }

    [Fact]
    public async Task Activities_missing_their_route_ids_are_rejected_before_any_request()
    {
        using var services = ConnectorTestServices.Build(_tokens);
        var client = services.CreateClient(_channel.ServiceUrl);

        await Assert.ThrowsAsync<ArgumentException>(() => client.SendToConversationAsync(new Activity { Type = ActivityTypes.Message }));
        await Assert.ThrowsAsync<ArgumentException>(() => client.ReplyToActivityAsync(Message("no reply-to id")));
        await Assert.ThrowsAsync<ArgumentException>(() => client.UpdateActivityAsync(Message("no id")));
        Assert.Empty(_channel.Requests);
    }
}
