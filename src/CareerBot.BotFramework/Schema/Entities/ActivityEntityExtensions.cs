using System.Text.Json;

namespace CareerBot.BotFramework.Schema.Entities;

/// <summary>Reads the typed entities back from an activity (checks of what was sent, and incoming activities).</summary>
public static class ActivityEntityExtensions
{
    /// <summary>The first <c>streaminfo</c> entity, or <c>null</c>.</summary>
    public static StreamInfoEntity? GetStreamInfo(this Activity activity) =>
        FirstOf(activity, StreamInfoEntity.FromEntity);

    /// <summary>The schema.org <c>Message</c> entity (AI label, citations), or <c>null</c>.</summary>
    public static AIMessageEntity? GetAIMessage(this Activity activity) =>
        FirstOf(activity, AIMessageEntity.FromEntity);

    /// <summary>
    /// The stream fields Web Chat reads from <see cref="Activity.ChannelData"/> (<c>streamId</c>,
    /// <c>streamType</c>, <c>streamSequence</c>), or <c>null</c> when the channel data has no <c>streamType</c>.
    /// </summary>
    public static StreamInfoEntity? GetChannelDataStreamInfo(this Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.ChannelData is not { ValueKind: JsonValueKind.Object } channelData
            || !channelData.TryGetProperty("streamType", out _))
        {
            return null;
        }

        return new StreamInfoEntity
        {
            StreamId = ReadString(channelData, "streamId"),
            StreamType = ReadString(channelData, "streamType"),
            StreamSequence = channelData.TryGetProperty("streamSequence", out var sequence) && sequence.ValueKind == JsonValueKind.Number && sequence.TryGetInt32(out var number) ? number : null,
        };
    }

    private static string? ReadString(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static T? FirstOf<T>(Activity activity, Func<Entity, T?> read) where T : class
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.Entities?.Select(read).FirstOrDefault(e => e is not null);
    }
}
