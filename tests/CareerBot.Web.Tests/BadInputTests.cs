using System.Net;
using System.Text;
using CareerBot.BotFramework.Schema;
using CareerBot.Testing;

namespace CareerBot.Web.Tests;

public class BadInputTests(CareerBotFactory factory) : IClassFixture<CareerBotFactory>
{
    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    /// <summary>Posts bytes as they are, labelled JSON: bodies that no string can hold, or too big to be worth one.</summary>
    private async Task<HttpResponseMessage> PostJsonBytesAsync(byte[] body)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new("application/json");
        return await factory.CreateClient().PostAsync(new Uri("/api/messages", UriKind.Relative), content);
    }

    public static TheoryData<string> MalformedBodies => new()
    {
        "",
        "{",
        "not json at all",
        "\"a string\"",
        "[1,2,3]",
        """{"type":"message"}""",
        """{"type":"message","channelId":"emulator","serviceUrl":"http://127.0.0.1:9/"}""",
        """{"channelId":"emulator","serviceUrl":"http://127.0.0.1:9/","conversation":{"id":"c"}}""",
        """{"type":"message","channelId":"emulator","conversation":{"id":"c"}}""",
        """{"type":"message","channelId":"emulator","serviceUrl":"not a url","conversation":{"id":"c"}}""",
        """{"type":"message","channelId":"emulator","serviceUrl":"http://127.0.0.1:9/","conversation":"c"}""",
        """{"type":"message","channelId":"emulator","serviceUrl":"http://127.0.0.1:9/","conversation":{"id":"c"},"timestamp":"yesterday"}""",
        "{\"type\":\"message\",\"value\":" + new string('[', 5000) + new string(']', 5000) + "}",
    };

    [Theory]
    [MemberData(nameof(MalformedBodies))]
    public async Task Malformed_activities_get_400_with_a_reason_and_the_next_request_works(string body)
    {
        var http = factory.CreateClient();

        using var response = await http.PostAsync(new Uri("/api/messages", UriKind.Relative), Json(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = BotJson.Deserialize<ErrorResponse>(await response.Content.ReadAsStringAsync())!.Error!;
        Assert.Equal("BadArgument", error.Code);
        Assert.False(string.IsNullOrWhiteSpace(error.Message));

        var replies = await new BotClient(http, "after-bad-input").SayAsync("toujours là ?");
        Assert.Contains("toujours là ?", Assert.Single(replies).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_utf8_gets_400()
    {
        var bytes = Encoding.UTF8.GetBytes(BotJson.Serialize(BotClient.NewActivity(ActivityTypes.Message, "conv-utf8", "§")));
        var marker = Array.IndexOf(bytes, (byte)0xC2); // '§' is C2 A7 in UTF-8
        bytes[marker + 1] = (byte)'"'; // the lead byte loses its continuation: invalid UTF-8
        bytes[marker + 2] = (byte)' ';

        using var response = await PostJsonBytesAsync(bytes);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_one_megabyte_message_gets_a_polite_reply()
    {
        var bot = new BotClient(factory.CreateClient(), "conv-huge");

        var reply = Assert.Single(await bot.SayAsync(new string('a', 1024 * 1024)));

        Assert.Contains("trop long", reply.Text, StringComparison.Ordinal);
        Assert.Contains("1 048 576", reply.Text!.Replace('\u202F', ' ').Replace('\u00A0', ' '), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_over_the_limit_gets_413()
    {
        var body = Encoding.UTF8.GetBytes(BotJson.Serialize(BotClient.NewActivity(ActivityTypes.Message, "c", new string('a', 3 * 1024 * 1024))));

        using var response = await PostJsonBytesAsync(body);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task A_message_without_text_gets_a_polite_reply()
    {
        var activity = BotClient.NewActivity(ActivityTypes.Message, "conv-notext");
        activity.Attachments = [new Attachment { ContentType = "image/png", ContentUrl = "http://127.0.0.1:9/x.png" }];

        var reply = Assert.Single(await new BotClient(factory.CreateClient(), "conv-notext").SendAsync(activity));

        Assert.Contains("texte", reply.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("somethingNobodyKnows")]
    [InlineData(ActivityTypes.Typing)]
    [InlineData(ActivityTypes.EndOfConversation)]
    [InlineData(ActivityTypes.MessageReaction)]
    [InlineData(ActivityTypes.Event)]
    public async Task Other_activity_types_are_accepted_without_reply(string type)
    {
        var replies = await new BotClient(factory.CreateClient(), "conv-types").SendAsync(BotClient.NewActivity(type, "conv-types"));

        Assert.Empty(replies);
    }

    [Fact]
    public async Task Unknown_fields_are_accepted()
    {
        var json = BotJson.Serialize(BotClient.NewActivity(ActivityTypes.Message, "conv-unknown", "salut"))
            .Replace("{\"type\"", "{\"someFutureField\":{\"a\":[1,2]},\"type\"", StringComparison.Ordinal);

        using var response = await factory.CreateClient().PostAsync(new Uri("/api/messages", UriKind.Relative), Json(json));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("salut", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_invoke_gets_501_not_a_crash()
    {
        var activity = BotClient.NewActivity(ActivityTypes.Invoke, "conv-invoke");
        activity.Name = "composeExtension/query";

        using var response = await factory.CreateClient().PostAsync(new Uri("/api/messages", UriKind.Relative), Json(BotJson.Serialize(activity)));

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    [Fact]
    public async Task Get_on_the_messaging_endpoint_is_not_allowed()
    {
        using var response = await factory.CreateClient().GetAsync(new Uri("/api/messages", UriKind.Relative));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }
}
