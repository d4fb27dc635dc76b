using System.Text.Json;
using System.Text.Json.Serialization;

namespace CareerBot.BotFramework.Dialogs;

/// <summary>
/// Reads a dialog's state as plain values (string, bool, long, double, null) rather than a
/// <see cref="JsonElement"/> for every entry, so that step code comparing or casting scalars behaves the same
/// before and after a restart; objects and arrays stay <see cref="JsonElement"/>s until read with
/// <see cref="DialogStateValues.As{T}"/>. Keys are data, not member names: no naming policy is applied.
/// </summary>
internal sealed class DialogStateDictionaryConverter : JsonConverter<Dictionary<string, object?>>
{
    public override Dictionary<string, object?> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"Dialog state must be a JSON object, not {reader.TokenType}.");
        }

        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString()!;
            reader.Read();
            values[name] = ReadValue(ref reader);
        }

        return values;
    }

    public override void Write(Utf8JsonWriter writer, Dictionary<string, object?> value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        foreach (var (name, item) in value)
        {
            writer.WritePropertyName(name);
            if (item is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                JsonSerializer.Serialize(writer, item, item.GetType(), options);
            }
        }

        writer.WriteEndObject();
    }

    private static object? ReadValue(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        JsonTokenType.Null => null,
        JsonTokenType.Number => reader.TryGetInt64(out var integer) ? (object)integer : reader.GetDouble(),
        _ => JsonElement.ParseValue(ref reader),
    };
}
