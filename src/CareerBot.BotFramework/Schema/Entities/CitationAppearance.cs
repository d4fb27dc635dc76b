using System.Text.Json.Serialization;

namespace CareerBot.BotFramework.Schema.Entities;

/// <summary>
/// The schema.org <c>DigitalDocument</c> a <see cref="Citation"/> points to: what Teams shows in the citation
/// pop-up and Web Chat in its reference list.
/// </summary>
public sealed class CitationAppearance : JsonExtensible
{
    public const string DigitalDocument = "DigitalDocument";

    [JsonPropertyName("@type")]
    public string SchemaType { get; set; } = DigitalDocument;

    /// <summary>The title (Teams: at most <see cref="CitationLimits.MaxNameLength"/> characters).</summary>
    public string? Name { get; set; }

    /// <summary>An excerpt (Teams: at most <see cref="CitationLimits.MaxAbstractLength"/> characters).</summary>
    public string? Abstract { get; set; }

    public string? Url { get; set; }

    /// <summary>
    /// Web Chat: Markdown shown in a dialog when a citation without <see cref="Url"/> is opened. Teams reads this field
    /// as a stringified Adaptive Card, so it is left empty for Teams.
    /// </summary>
    public string? Text { get; set; }

    public IList<string>? Keywords { get; set; }
}
