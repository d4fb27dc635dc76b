using System.Text.Json;

namespace CareerBot.BotFramework.Schema.Entities;

/// <summary>
/// Converts between the typed entities and <see cref="Entity"/> through the wire JSON, so that a typed entity is
/// written exactly as its JSON attributes say and fields it does not model survive the trip.
/// </summary>
internal static class EntityJson
{
    public static Entity ToEntity<T>(T value) => BotJson.ToElement(value).Deserialize<Entity>(BotJson.Options)!;

    public static T? FromEntity<T>(Entity entity) => BotJson.ToElement(entity).Deserialize<T>(BotJson.Options);
}
