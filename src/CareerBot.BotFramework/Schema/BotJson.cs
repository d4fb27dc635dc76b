using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CareerBot.BotFramework.Schema;

/// <summary>
/// The JSON settings of the Bot Framework wire format: camelCase names, nulls omitted, case-insensitive reads
/// (channels are not consistent about casing), and a bounded depth so hostile nesting fails fast.
/// </summary>
public static class BotJson
{
    /// <summary>Maximum nesting accepted in an incoming activity; real channel payloads stay far below it.</summary>
    public const int MaxDepth = 64;

    public static JsonSerializerOptions Options { get; } = Create();

    /// <summary>
    /// The writer settings <see cref="Options"/> implies (its encoder, compact output), for serializing into a
    /// <see cref="Utf8JsonWriter"/> of one's own: the same bytes as <see cref="JsonSerializer"/> writes by itself.
    /// </summary>
    public static JsonWriterOptions WriterOptions { get; } = new()
    {
        Encoder = Options.Encoder,
        Indented = Options.WriteIndented,
        MaxDepth = Options.MaxDepth,
        // The serializer writes well-formed JSON by construction; checking each token again is what it skips itself.
        SkipValidation = true,
    };

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            MaxDepth = MaxDepth,
            // Bot payloads are API JSON, never inlined in HTML: keep accents and '<' readable and compact.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T? Deserialize<T>(string json) => JsonSerializer.Deserialize<T>(json, Options);

    /// <summary>Turns any object (a card, a payload) into a <see cref="JsonElement"/> with the wire settings.</summary>
    public static JsonElement ToElement<T>(T value) => JsonSerializer.SerializeToElement(value, Options);
}
