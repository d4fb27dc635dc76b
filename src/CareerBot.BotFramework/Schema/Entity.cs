namespace CareerBot.BotFramework.Schema;

/// <summary>
/// Metadata attached to an activity (mention, clientInfo, streaminfo, schema.org Message…). Its fields depend
/// on <see cref="Type"/>, so every other field lives in <see cref="JsonExtensible.Properties"/>.
/// </summary>
public sealed class Entity : JsonExtensible
{
    public string? Type { get; set; }
}
