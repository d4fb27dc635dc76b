using System.Text.Json;

namespace CareerBot.BotFramework.Schema.Entities;

/// <summary>
/// Converts between the typed entities and <see cref="Entity"/> through the wire JSON, so that a typed entity is
/// written exactly as its JSON attributes say and fields it does not model survive the trip.
/// </summary>
internal static class EntityJson
{
    // Through UTF-8 bytes rather than a JsonElement: a JsonDocument in between would be built, then written out again.
    public static Entity ToEntity<T>(T value) =>
        JsonSerializer.Deserialize<Entity>(JsonSerializer.SerializeToUtf8Bytes(value, BotJson.Options), BotJson.Options)!;

    public static T? FromEntity<T>(Entity entity) =>
        JsonSerializer.Deserialize<T>(JsonSerializer.SerializeToUtf8Bytes(entity, BotJson.Options), BotJson.Options);
}
