namespace CareerBot.BotFramework.Schema.Entities;

/// <summary>
/// The <c>mention</c> entity: <c>{"type":"mention","mentioned":{"id":…,"name":…},"text":"&lt;at&gt;Name&lt;/at&gt;"}</c>.
/// Teams puts one in a message for each @mention, and <see cref="Text"/> is exactly what the message's text holds
/// for it, which is how the mention can be found and removed.
/// </summary>
public sealed class MentionEntity : JsonExtensible
{
    public const string EntityType = "mention";

    public string Type { get; set; } = EntityType;
    public ChannelAccount? Mentioned { get; set; }
    public string? Text { get; set; }

    public Entity ToEntity() => EntityJson.ToEntity(this);

    /// <summary>The entity as a mention, or <c>null</c> when it is another kind of entity.</summary>
    public static MentionEntity? FromEntity(Entity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return string.Equals(entity.Type, EntityType, StringComparison.OrdinalIgnoreCase) ? EntityJson.FromEntity<MentionEntity>(entity) : null;
    }
}
