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

    /// <summary>
    /// The entity as <typeparamref name="T"/>, or <c>default</c> when its JSON does not fit (a mention whose
    /// <c>mentioned</c> is a string, say): entities come from clients, and a malformed one is ignored rather than
    /// failing the turn that reads it (found by the fuzz test).
    /// </summary>
    public static T? FromEntity<T>(Entity entity)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(JsonSerializer.SerializeToUtf8Bytes(entity, BotJson.Options), BotJson.Options);
        }
        catch (JsonException)
        {
            return default;
        }
    }
}
