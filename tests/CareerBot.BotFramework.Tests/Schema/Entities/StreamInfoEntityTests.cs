using System.Text.Json;
using CareerBot.BotFramework.Schema;
using CareerBot.BotFramework.Schema.Entities;

namespace CareerBot.BotFramework.Tests.Schema.Entities;

public class StreamInfoEntityTests
{
    [Fact]
    public void Serializes_as_Teams_streaminfo()
    {
        var entity = new StreamInfoEntity { StreamId = "a-00001", StreamType = StreamTypes.Streaming, StreamSequence = 3 }.ToEntity();

        JsonAssert.Equivalent("""{"type":"streaminfo","streamId":"a-00001","streamType":"streaming","streamSequence":3}""", BotJson.Serialize(entity));
    }

    [Fact]
    public void The_first_update_and_the_final_leave_out_what_they_must_not_carry()
    {
        var first = new StreamInfoEntity { StreamType = StreamTypes.Informative, StreamSequence = 1 }.ToEntity();
        var final = new StreamInfoEntity { StreamId = "a-00001", StreamType = StreamTypes.Final }.ToEntity();

        JsonAssert.Equivalent("""{"type":"streaminfo","streamType":"informative","streamSequence":1}""", BotJson.Serialize(first));
        JsonAssert.Equivalent("""{"type":"streaminfo","streamId":"a-00001","streamType":"final"}""", BotJson.Serialize(final));
    }

    [Fact]
    public void Reads_back_from_an_activity_among_other_entities()
    {
        var activity = BotJson.Deserialize<Activity>("""
            {"type":"typing","entities":[{"type":"mention","text":"x"},{"type":"streaminfo","streamId":"s","streamType":"streaming","streamSequence":2,"future":true}]}
            """)!;

        var info = activity.GetStreamInfo()!;

        Assert.Equal(("s", StreamTypes.Streaming, 2), (info.StreamId, info.StreamType, info.StreamSequence));
        Assert.True(info.Properties!["future"].GetBoolean());
        Assert.Null(activity.GetAIMessage());
    }

    [Fact]
    public void Another_kind_of_entity_is_not_a_stream_info()
    {
        Assert.Null(StreamInfoEntity.FromEntity(new Entity { Type = "mention" }));
    }

    [Fact]
    public void Web_Chat_stream_fields_are_read_from_channel_data()
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Typing,
            ChannelData = JsonDocument.Parse("""{"streamId":"a-1","streamType":"streaming","streamSequence":4,"webChat":{"receivedAt":1}}""").RootElement,
        };

        var info = activity.GetChannelDataStreamInfo()!;

        Assert.Equal(("a-1", StreamTypes.Streaming, 4), (info.StreamId, info.StreamType, info.StreamSequence));
        Assert.Null(new Activity { ChannelData = JsonDocument.Parse("""{"tenant":{"id":"t"}}""").RootElement }.GetChannelDataStreamInfo());
        Assert.Null(new Activity().GetChannelDataStreamInfo());
    }
}
