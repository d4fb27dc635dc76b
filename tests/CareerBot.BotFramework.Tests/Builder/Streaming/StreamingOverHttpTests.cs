using System.Text.Json.Nodes;
using CareerBot.BotFramework.Authentication;
using CareerBot.BotFramework.Builder;
using CareerBot.BotFramework.Builder.Streaming;
using CareerBot.BotFramework.Connector;
using CareerBot.BotFramework.Integration;
using CareerBot.BotFramework.Schema;
using CareerBot.BotFramework.Schema.Entities;
using CareerBot.BotFramework.Tests.Connector;
using CareerBot.BotFramework.Tests.Schema.Entities;
using CareerBot.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace CareerBot.BotFramework.Tests.Builder.Streaming;

/// <summary>
/// Streams through the real <see cref="CloudAdapter"/> and Bot Connector client, over HTTP to a fake channel on
/// 127.0.0.1: what goes on the wire, and how the channel's real status codes are handled.
/// </summary>
public sealed class StreamingOverHttpTests : IAsyncLifetime
{
    private const string ReplyRoute = "/v3/conversations/conv-1/activities/incoming-1";

    private readonly FakeTimeProvider _time = new();
    private FakeChannelConnector _channel = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _channel = await FakeChannelConnector.StartAsync();
        _services = ConnectorTestServices.Build(new FixedAccessTokenProvider(null));
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _channel.DisposeAsync();
    }

    private TurnContext Turn(string channelId, string? conversationType = null)
    {
        var authenticator = new Mock<IChannelRequestAuthenticator>(MockBehavior.Strict);
        var adapter = new CloudAdapter(authenticator.Object, _services.GetRequiredService<IConnectorClientFactory>(), _services.GetRequiredService<ServiceUrlAllowList>(), Options.Create(new BotFrameworkOptions()), NullLogger<CloudAdapter>.Instance);
        var incoming = StreamingTurns.Incoming(channelId, conversationType);
        incoming.ServiceUrl = _channel.ServiceUrl.ToString();
        return new TurnContext(adapter, incoming);
    }

    private Task RequestsAreAsync(int count) =>
        Eventually.TrueAsync(() => _channel.Requests.Count == count, $"{count} requests received (now {_channel.Requests.Count})");

    private static JsonNode? Field(RecordedRequest request, string name) => JsonNode.Parse(request.Body)![name];

    [Fact]
    public async Task Teams_receives_streaminfo_entities_and_the_id_of_the_first_update_names_the_stream()
    {
        _channel.Script(new ScriptedResponse(201, """{"id":"stream-1"}"""), new ScriptedResponse(202, "{}"), new ScriptedResponse(201, """{"id":"final-1"}"""));
        await using var stream = new StreamingResponse(Turn(Channels.MsTeams, "personal"), timeProvider: _time);

        stream.QueueTextChunk("Un développeur");
        await RequestsAreAsync(1);
        _time.Advance(new StreamingResponseOptions().TeamsInterval);
        stream.QueueTextChunk("Un développeur débutant gagne");
        await RequestsAreAsync(2);
        _time.Advance(new StreamingResponseOptions().TeamsInterval);
        var response = await Eventually.Within(stream.EndStreamAsync("Un développeur débutant gagne 35 k€ [1].", StreamingTurns.Sources));

        var requests = _channel.Requests;
        Assert.Equal(3, requests.Count);
        Assert.All(requests, r => Assert.Equal(("POST", ReplyRoute), (r.Method, r.RawTarget)));
        Assert.Equal("typing", Field(requests[0], "type")!.GetValue<string>());
        JsonAssert.Equivalent("""[{"type":"streaminfo","streamType":"streaming","streamSequence":1}]""", Field(requests[0], "entities")!.ToJsonString());
        JsonAssert.Equivalent("""[{"type":"streaminfo","streamId":"stream-1","streamType":"streaming","streamSequence":2}]""", Field(requests[1], "entities")!.ToJsonString());
        Assert.Equal("Un développeur débutant gagne", Field(requests[1], "text")!.GetValue<string>());

        var final = requests[2].ReadActivity();
        Assert.Equal(ActivityTypes.Message, final.Type);
        Assert.Equal("Un développeur débutant gagne 35 k€ [1].", final.Text);
        JsonAssert.Equivalent("""{"type":"streaminfo","streamId":"stream-1","streamType":"final"}""", BotJson.Serialize(final.Entities!.Single(e => e.Type == StreamInfoEntity.EntityType)));
        JsonAssert.Equivalent("""
            {"type":"https://schema.org/Message","@type":"Message","@context":"https://schema.org","@id":"",
             "additionalType":["AIGeneratedContent"],
             "citation":[{"@type":"Claim","position":1,"appearance":{"@type":"DigitalDocument","name":"Fiche métier : développeur",
               "abstract":"Le salaire médian d'un développeur débutant est de 35 k€.","url":"https://exemple.fr/fiches/dev"}}]}
            """, BotJson.Serialize(final.Entities!.Single(e => e.Type == AIMessageEntity.EntityType)));
        Assert.Equal("final-1", response!.Id);
        Assert.Equal(0, _channel.FailedRequests);
    }

    [Fact]
    public async Task A_403_ContentStreamNotAllowed_from_Teams_still_delivers_the_final_message()
    {
        _channel.Script(
            new ScriptedResponse(201, """{"id":"stream-1"}"""),
            new ScriptedResponse(403, """{"error":{"code":"ContentStreamNotAllowed","message":"Content stream is not allowed"}}"""));
        await using var stream = new StreamingResponse(Turn(Channels.MsTeams, "personal"), timeProvider: _time);

        stream.QueueTextChunk("Un");
        await RequestsAreAsync(1);
        _time.Advance(new StreamingResponseOptions().TeamsInterval);
        stream.QueueTextChunk("Un développeur");
        await RequestsAreAsync(2);
        await Eventually.TrueAsync(() => stream.Failure is not null, "the 403 reached the stream");
        await Eventually.Within(stream.EndStreamAsync("Un développeur débutant gagne 35 k€ [1].", StreamingTurns.Sources));

        Assert.Equal(1, _channel.FailedRequests);
        var final = Assert.Single(_channel.Delivered, r => r.ReadActivity().Type == ActivityTypes.Message).ReadActivity();
        Assert.Equal("Un développeur débutant gagne 35 k€ [1].", final.Text);
        Assert.Null(final.GetStreamInfo());
        Assert.NotNull(final.GetAIMessage()!.Citation);
        Assert.Equal("ContentStreamNotAllowed", stream.Failure!.Error!.Error!.Code);
    }

    [Fact]
    public async Task Web_Chat_receives_the_livestream_in_channel_data()
    {
        _channel.Script(ScriptedResponse.Ok("""{"id":"a-00001"}"""));
        await using var stream = new StreamingResponse(Turn(Channels.WebChat), timeProvider: _time);

        stream.QueueTextChunk("Un développeur");
        await RequestsAreAsync(1);
        _time.Advance(new StreamingResponseOptions().WebChatInterval);
        stream.QueueTextChunk("Un développeur débutant gagne");
        await RequestsAreAsync(2);
        _time.Advance(new StreamingResponseOptions().WebChatInterval);
        await Eventually.Within(stream.EndStreamAsync("Un développeur débutant gagne 35 k€ [1].", StreamingTurns.Sources));

        var requests = _channel.Requests;
        Assert.Equal(3, requests.Count);
        JsonAssert.Equivalent("""{"streamType":"streaming","streamSequence":1}""", Field(requests[0], "channelData")!.ToJsonString());
        JsonAssert.Equivalent("""{"streamId":"a-00001","streamType":"streaming","streamSequence":2}""", Field(requests[1], "channelData")!.ToJsonString());
        Assert.Null(Field(requests[1], "entities"));
        JsonAssert.Equivalent("""{"streamId":"a-00001","streamType":"final"}""", Field(requests[2], "channelData")!.ToJsonString());
        Assert.Equal("message", Field(requests[2], "type")!.GetValue<string>());
        Assert.EndsWith("[1]: <https://exemple.fr/fiches/dev> \"Fiche métier : développeur\"", Field(requests[2], "text")!.GetValue<string>(), StringComparison.Ordinal);
    }
}
