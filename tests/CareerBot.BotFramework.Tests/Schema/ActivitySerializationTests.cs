using System.Text.Json;
using System.Text.Json.Nodes;
using CareerBot.BotFramework.Schema;

namespace CareerBot.BotFramework.Tests.Schema;

public class ActivitySerializationTests
{
    // A Teams-shaped message with fields this model does not know at several levels.
    private const string TeamsMessage = """
    {
      "type": "message",
      "id": "1700000000000",
      "timestamp": "2026-11-22T10:00:00.123Z",
      "localTimestamp": "2026-11-22T11:00:00.123+01:00",
      "localTimezone": "Europe/Paris",
      "serviceUrl": "https://smba.trafficmanager.net/emea/",
      "channelId": "msteams",
      "from": { "id": "29:abc", "name": "Camille", "aadObjectId": "00000000-0000-0000-0000-000000000001", "futureField": 1 },
      "conversation": { "conversationType": "personal", "tenantId": "tenant-1", "id": "a:1x2y" },
      "recipient": { "id": "28:bot", "name": "CareerBot" },
      "textFormat": "plain",
      "locale": "fr-FR",
      "text": "<at>CareerBot</at> salaire ?",
      "entities": [
        { "type": "mention", "text": "<at>CareerBot</at>", "mentioned": { "id": "28:bot", "name": "CareerBot" } },
        { "type": "clientInfo", "locale": "fr-FR", "country": "FR", "platform": "Web", "timezone": "Europe/Paris" }
      ],
      "channelData": { "tenant": { "id": "tenant-1" }, "source": { "name": "message" } },
      "attachments": [ { "contentType": "text/html", "content": "<p>salaire ?</p>" } ],
      "suggestedActions": { "actions": [ { "type": "imBack", "title": "Oui", "value": "oui" } ] },
      "deliveryMode": "expectReplies",
      "aBrandNewTopLevelField": { "nested": [1, 2, 3] }
    }
    """;

    [Fact]
    public void Known_fields_are_read()
    {
        var activity = BotJson.Deserialize<Activity>(TeamsMessage)!;

        Assert.Equal(ActivityTypes.Message, activity.Type);
        Assert.Equal("msteams", activity.ChannelId);
        Assert.Equal("29:abc", activity.From!.Id);
        Assert.Equal("00000000-0000-0000-0000-000000000001", activity.From.AadObjectId);
        Assert.Equal("personal", activity.Conversation!.ConversationType);
        Assert.Equal("tenant-1", activity.Conversation.TenantId);
        Assert.Equal(new DateTimeOffset(2026, 11, 22, 10, 0, 0, 123, TimeSpan.Zero), activity.Timestamp);
        Assert.Equal(TimeSpan.FromHours(1), activity.LocalTimestamp!.Value.Offset);
        Assert.Equal("mention", activity.Entities![0].Type);
        Assert.Equal("oui", activity.SuggestedActions!.Actions![0].Value!.Value.GetString());
        Assert.Equal(DeliveryModes.ExpectReplies, activity.DeliveryMode);
        Assert.Equal("tenant-1", activity.ChannelData!.Value.GetProperty("tenant").GetProperty("id").GetString());
    }

    [Fact]
    public void Unknown_fields_survive_a_round_trip_unchanged()
    {
        var activity = BotJson.Deserialize<Activity>(TeamsMessage)!;

        var written = JsonNode.Parse(BotJson.Serialize(activity))!.AsObject();
        var original = JsonNode.Parse(TeamsMessage)!.AsObject();

        // "Z" is written back as "+00:00": the same instant, so compare timestamps as instants.
        Assert.Equal(original["timestamp"]!.GetValue<DateTimeOffset>(), written["timestamp"]!.GetValue<DateTimeOffset>());
        original.Remove("timestamp");
        written.Remove("timestamp");

        Assert.True(JsonNode.DeepEquals(original, written), written.ToJsonString());
    }

    [Fact]
    public void Nulls_are_not_written_and_text_stays_readable()
    {
        var json = BotJson.Serialize(Activity.CreateMessage("Élodie <3"));

        Assert.Equal("""{"type":"message","text":"Élodie <3"}""", json);
    }

    [Fact]
    public void Reading_is_case_insensitive_like_the_channels()
    {
        var activity = BotJson.Deserialize<Activity>("""{"Type":"message","ChannelId":"emulator"}""")!;

        Assert.Equal("message", activity.Type);
        Assert.Equal("emulator", activity.ChannelId);
    }

    [Fact]
    public void Excessive_nesting_is_rejected()
    {
        var deep = "{\"type\":\"message\",\"value\":" + new string('[', 200) + new string(']', 200) + "}";

        Assert.ThrowsAny<JsonException>(() => BotJson.Deserialize<Activity>(deep));
    }

    [Fact]
    public void CreateReply_swaps_the_parties_and_keeps_the_conversation()
    {
        var incoming = BotJson.Deserialize<Activity>(TeamsMessage)!;

        var reply = incoming.CreateReply("Bonjour Camille");

        Assert.Equal("28:bot", reply.From!.Id);
        Assert.Equal("29:abc", reply.Recipient!.Id);
        Assert.Equal("a:1x2y", reply.Conversation!.Id);
        Assert.Equal("tenant-1", reply.Conversation.TenantId);
        Assert.Equal("1700000000000", reply.ReplyToId);
        Assert.Equal("fr-FR", reply.Locale);
    }

    [Theory]
    [InlineData("directline", ActivityTypes.ConversationUpdate, null)]
    [InlineData("webchat", ActivityTypes.ConversationUpdate, null)]
    [InlineData("msteams", ActivityTypes.ConversationUpdate, "a1")]
    [InlineData("directline", ActivityTypes.Message, "a1")]
    public void Conversation_references_name_the_activity_except_direct_line_conversation_updates(string channelId, string type, string? expected)
    {
        var activity = new Activity { Type = type, Id = "a1", ChannelId = channelId };

        Assert.Equal(expected, activity.GetConversationReference().ActivityId);
    }
}
