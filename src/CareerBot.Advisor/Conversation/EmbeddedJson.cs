using System.Text.Json;

namespace CareerBot.Advisor.Conversation;

/// <summary>Reads a JSON resource of the assembly (<c>Resources/Conversation/*.json</c>, <c>Resources/Cards/*.json</c>).</summary>
internal static class EmbeddedJson
{
    public static string Text(string folder, string name)
    {
        var assembly = typeof(EmbeddedJson).Assembly;
        var resource = $"CareerBot.Advisor.Resources.{folder}.{name}";
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"{resource} is not embedded in {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public static JsonDocument Document(string folder, string name) =>
        JsonDocument.Parse(Text(folder, name), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });

    /// <summary>The strings of an array property, or none.</summary>
    public static IEnumerable<string> Strings(JsonElement element) =>
        element.ValueKind == JsonValueKind.Array ? element.EnumerateArray().Select(item => item.GetString()!) : [];
}
