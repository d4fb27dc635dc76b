namespace CareerBot.BotFramework.Schema.Entities;

/// <summary>
/// The <c>streaminfo</c> entity of a streamed reply: <c>{"type":"streaminfo","streamId":…,"streamType":…,
/// "streamSequence":…}</c>. Teams reads it from <see cref="Activity.Entities"/>; Web Chat reads the same three fields
/// from <see cref="Activity.ChannelData"/> (see <c>StreamActivities</c>).
/// </summary>
/// <remarks>
/// Teams rules ("Stream bot messages", learn.microsoft.com/microsoftteams/platform/bots/streaming-ux): the first
/// update has no <see cref="StreamId"/> (the id the channel returns for it becomes the stream id), sequences start
/// at 1 and increase by one, and the final message carries <see cref="StreamTypes.Final"/> and no sequence.
/// </remarks>
public sealed class StreamInfoEntity : JsonExtensible
{
    public const string EntityType = "streaminfo";

    public string Type { get; set; } = EntityType;
    public string? StreamId { get; set; }
    /// <summary>See <see cref="StreamTypes"/>.</summary>
    public string? StreamType { get; set; }
    public int? StreamSequence { get; set; }

    public Entity ToEntity() => EntityJson.ToEntity(this);

    /// <summary>The entity as a stream info, or <c>null</c> when it is another kind of entity.</summary>
    public static StreamInfoEntity? FromEntity(Entity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return string.Equals(entity.Type, EntityType, StringComparison.OrdinalIgnoreCase) ? EntityJson.FromEntity<StreamInfoEntity>(entity) : null;
    }
}
