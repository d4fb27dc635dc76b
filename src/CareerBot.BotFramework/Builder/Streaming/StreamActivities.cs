using System.Text.Json;
using System.Text.Json.Nodes;
using CareerBot.BotFramework.Schema;
using CareerBot.BotFramework.Schema.Entities;

namespace CareerBot.BotFramework.Builder.Streaming;

/// <summary>The activities of a stream, in the shape each protocol expects.</summary>
internal static class StreamActivities
{
    /// <summary>
    /// A typing activity carrying the answer written so far. Teams reads the stream fields from a <c>streaminfo</c> entity, Web Chat
    /// from <c>channelData</c> (every version since 4.17 does; an entity is read only by the newest, and they check
    /// channel data first).
    /// </summary>
    public static Activity CreateUpdate(StreamingProtocol protocol, string textSoFar, int sequence, string? streamId)
    {
        var update = Activity.CreateTyping();
        update.Text = textSoFar;
        var info = new StreamInfoEntity { StreamId = streamId, StreamType = StreamTypes.Streaming, StreamSequence = sequence };
        if (protocol == StreamingProtocol.Teams)
        {
            update.Entities = [info.ToEntity()];
        }
        else
        {
            update.ChannelData = WithStreamFields(null, info);
        }

        return update;
    }

    /// <summary>
    /// Marks <paramref name="final"/> as the end of stream <paramref name="streamId"/>: stream type final and no
    /// sequence (both protocols require its absence), added to the entities it already has (Teams) or merged into its
    /// channel data (Web Chat).
    /// </summary>
    public static void MarkFinal(Activity final, StreamingProtocol protocol, string streamId)
    {
        var info = new StreamInfoEntity { StreamId = streamId, StreamType = StreamTypes.Final };
        if (protocol == StreamingProtocol.Teams)
        {
            final.Entities = [.. final.Entities ?? [], info.ToEntity()];
        }
        else
        {
            final.ChannelData = WithStreamFields(final.ChannelData, info);
        }
    }

    private static JsonElement WithStreamFields(JsonElement? channelData, StreamInfoEntity info)
    {
        var data = channelData is { ValueKind: JsonValueKind.Object } existing ? JsonObject.Create(existing)!.DeepClone().AsObject() : [];
        data["streamType"] = info.StreamType;
        if (info.StreamId is not null)
        {
            data["streamId"] = info.StreamId;
        }

        if (info.StreamSequence is { } sequence)
        {
            data["streamSequence"] = sequence;
        }

        return BotJson.ToElement(data);
    }
}
