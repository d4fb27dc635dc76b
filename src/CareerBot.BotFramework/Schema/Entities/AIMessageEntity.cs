using System.Text.Json.Serialization;

namespace CareerBot.BotFramework.Schema.Entities;

/// <summary>
/// The schema.org <c>Message</c> entity that describes the message itself (<c>"@id": ""</c>): the "AI generated"
/// label and the citations of the <c>[n]</c> markers in its text. Teams renders it ("Bot messages with AI-generated
/// content"); Web Chat reads it too (its CITATION.md), matching each citation to a Markdown reference definition by
/// <see cref="Citation.Position"/>.
/// </summary>
/// <remarks>An activity may carry only one such entity: Teams answers 400 "Multiple root message entities".</remarks>
public sealed class AIMessageEntity : JsonExtensible
{
    public const string EntityType = "https://schema.org/Message";
    public const string AIGeneratedContent = "AIGeneratedContent";

    public string Type { get; set; } = EntityType;

    [JsonPropertyName("@type")]
    public string SchemaType { get; set; } = "Message";

    [JsonPropertyName("@context")]
    public string Context { get; set; } = "https://schema.org";

    /// <summary>Empty: in JSON-LD the empty id names the activity itself.</summary>
    [JsonPropertyName("@id")]
    public string Id { get; set; } = string.Empty;

    /// <summary>Teams shows the "AI generated" label when this holds <see cref="AIGeneratedContent"/>.</summary>
    public IList<string>? AdditionalType { get; set; }

    /// <summary>Web Chat shows its "AI generated" label when this holds <see cref="AIGeneratedContent"/>.</summary>
    public IList<string>? Keywords { get; set; }

    public IList<Citation>? Citation { get; set; }

    /// <summary>
    /// A message entity with the Teams AI label when <paramref name="aiGenerated"/>, and the citations ordered by
    /// position, without duplicate positions, and at most <see cref="CitationLimits.MaxCitations"/> of them (Teams
    /// rejects a message with more).
    /// </summary>
    public static AIMessageEntity Create(IEnumerable<Citation> citations, bool aiGenerated = true)
    {
        ArgumentNullException.ThrowIfNull(citations);
        var kept = citations
            .DistinctBy(c => c.Position)
            .OrderBy(c => c.Position)
            .Take(CitationLimits.MaxCitations)
            .ToList();
        return new AIMessageEntity
        {
            AdditionalType = aiGenerated ? [AIGeneratedContent] : null,
            Citation = kept.Count > 0 ? kept : null,
        };
    }

    public Entity ToEntity() => EntityJson.ToEntity(this);

    /// <summary>The entity as a schema.org message, or <c>null</c> when it is another kind of entity.</summary>
    public static AIMessageEntity? FromEntity(Entity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return string.Equals(entity.Type, EntityType, StringComparison.OrdinalIgnoreCase) ? EntityJson.FromEntity<AIMessageEntity>(entity) : null;
    }
}
