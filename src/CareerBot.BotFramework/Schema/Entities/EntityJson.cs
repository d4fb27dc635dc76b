using System.Text.Json;

namespace CareerBot.BotFramework.Schema.Entities;

/// <summary>
/// Converts between the typed entities and <see cref="Entity"/> through the wire JSON, so that a typed entity is
/// written exactly as its JSON attributes say and fields it does not model survive the trip.
/// </summary>
internal static class EntityJson
{
    private const string TypeName = "type";

    /// <summary>
    /// The typed entity as an <see cref="Entity"/> whose fields share one parsed document: deserializing the JSON to
    /// <see cref="Entity"/> would copy each field it does not model (a citation list, on every answer) into a document
    /// of its own. Names match as the deserializer matches them (<see cref="BotJson.Options"/> ignores case).
    /// </summary>
    public static Entity ToEntity<T>(T value)
    {
        var entity = new Entity();
        foreach (var property in JsonSerializer.SerializeToElement(value, BotJson.Options).EnumerateObject())
        {
            if (string.Equals(property.Name, TypeName, StringComparison.OrdinalIgnoreCase))
            {
                entity.Type = property.Value.GetString();
            }
            else
            {
                (entity.Properties ??= new Dictionary<string, JsonElement>())[property.Name] = property.Value;
            }
        }

        return entity;
    }

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
