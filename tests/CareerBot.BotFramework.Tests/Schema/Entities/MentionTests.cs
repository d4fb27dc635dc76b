using System.Text.Json;
using CareerBot.BotFramework.Schema;
using CareerBot.BotFramework.Schema.Entities;

namespace CareerBot.BotFramework.Tests.Schema.Entities;

/// <summary>@mentions as Teams sends them in channels and group chats.</summary>
public class MentionTests
{
    private static Activity Teams(string text, params (string Id, string Name)[] mentioned)
    {
        // Parsed from the wire JSON, as the adapter receives it, so the entity's fields go through Properties.
        var json = JsonSerializer.Serialize(new
        {
            type = "message",
            text,
            recipient = new { id = "28:bot-id", name = "CareerBot" },
            entities = mentioned.Select(m => (object)new { type = "mention", mentioned = new { id = m.Id, name = m.Name }, text = $"<at>{m.Name}</at>" })
                .Append(new { type = "clientInfo", locale = "fr-FR" }),
        });
        return BotJson.Deserialize<Activity>(json)!;
    }

    [Fact]
    public void The_bot_mention_is_removed_and_the_text_trimmed()
    {
        var activity = Teams("<at>CareerBot</at> menu", ("28:bot-id", "CareerBot"));

        Assert.Equal("menu", activity.RemoveRecipientMention());
        Assert.Equal("menu", activity.Text);
    }

    [Fact]
    public void Only_the_bot_is_removed_when_another_user_is_mentioned_too()
    {
        var activity = Teams("<at>Alice</at> demande : <at>CareerBot</at> quel salaire pour un junior ?", ("29:alice", "Alice"), ("28:bot-id", "CareerBot"));

        activity.RemoveRecipientMention();

        Assert.Equal("<at>Alice</at> demande :  quel salaire pour un junior ?", activity.Text);
    }

    [Fact]
    public void A_mention_at_the_end_is_removed_as_well()
    {
        var activity = Teams("aide <at>CareerBot</at>\n", ("28:bot-id", "CareerBot"));

        Assert.Equal("aide", activity.RemoveRecipientMention());
    }

    [Fact]
    public void A_message_without_the_bot_mention_is_left_exactly_as_it_was()
    {
        var activity = Teams(" <at>Alice</at> bonjour ", ("29:alice", "Alice"));

        Assert.Equal(" <at>Alice</at> bonjour ", activity.RemoveRecipientMention());
    }

    [Fact]
    public void A_malformed_mention_is_skipped_instead_of_failing_the_turn()
    {
        // A client wrote 'mentioned' as a string and 'text' as a number: reading it threw inside the advisor's turn.
        var activity = BotJson.Deserialize<Activity>("""
            {"type":"message","text":"<at>CareerBot</at> menu","recipient":{"id":"28:bot-id"},
             "entities":[{"type":"mention","mentioned":"28:bot-id","text":7},
                         {"type":"mention","mentioned":{"id":"28:bot-id","name":"CareerBot"},"text":"<at>CareerBot</at>"}]}
            """)!;

        Assert.Equal("28:bot-id", Assert.Single(activity.GetMentions()).Mentioned!.Id);
        Assert.Equal("menu", activity.RemoveRecipientMention());
    }

    [Fact]
    public void A_null_entity_is_skipped_instead_of_failing_the_turn()
    {
        // Found by the hostile-input fuzz: "entities": [null, …] threw inside the advisor's turn.
        var activity = BotJson.Deserialize<Activity>("""
            {"type":"message","text":"<at>CareerBot</at> menu","recipient":{"id":"28:bot-id"},
             "entities":[null,{"type":"mention","mentioned":{"id":"28:bot-id","name":"CareerBot"},"text":"<at>CareerBot</at>"}]}
            """)!;

        Assert.Equal("28:bot-id", Assert.Single(activity.GetMentions()).Mentioned!.Id);
        Assert.Equal("menu", activity.RemoveRecipientMention());
    }

    [Fact]
    public void Mentions_are_read_with_who_was_mentioned_and_other_entities_are_skipped()
    {
        var activity = Teams("<at>CareerBot</at> <at>Alice</at>", ("28:bot-id", "CareerBot"), ("29:alice", "Alice"));

        var mentions = activity.GetMentions();

        Assert.Equal(["28:bot-id", "29:alice"], mentions.Select(m => m.Mentioned!.Id));
        Assert.Equal("<at>Alice</at>", mentions[1].Text);
    }

    [Fact]
    public void A_written_mention_entity_has_the_wire_shape()
    {
        var entity = new MentionEntity { Mentioned = new ChannelAccount("28:bot-id", "CareerBot"), Text = "<at>CareerBot</at>" }.ToEntity();

        Assert.Equal("""{"type":"mention","mentioned":{"id":"28:bot-id","name":"CareerBot"},"text":"<at>CareerBot</at>"}""", BotJson.Serialize(entity));
    }
}
