using System.Text.Json;

namespace CareerBot.BotFramework.Schema;

/// <summary>A media file or card attached to an activity.</summary>
public sealed class Attachment : JsonExtensible
{
    /// <summary>MIME type, e.g. <c>application/vnd.microsoft.card.adaptive</c>.</summary>
    public string? ContentType { get; set; }
    public string? ContentUrl { get; set; }
    /// <summary>The card or object itself, kept as raw JSON.</summary>
    public JsonElement? Content { get; set; }
    public string? Name { get; set; }
    public string? ThumbnailUrl { get; set; }
}
