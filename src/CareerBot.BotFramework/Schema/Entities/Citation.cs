using System.Text.Json.Serialization;

namespace CareerBot.BotFramework.Schema.Entities;

/// <summary>
/// One schema.org <c>Claim</c> of an <see cref="AIMessageEntity"/>: the source behind the <c>[n]</c> marker whose n is
/// <see cref="Position"/>.
/// </summary>
public sealed class Citation : JsonExtensible
{
    public const string Claim = "Claim";

    [JsonPropertyName("@type")]
    public string SchemaType { get; set; } = Claim;

    /// <summary>The number of the <c>[n]</c> marker in the message text (Teams and Web Chat match on it).</summary>
    public int Position { get; set; }

    public CitationAppearance? Appearance { get; set; }

    /// <summary>
    /// A citation within Teams' limits: <paramref name="name"/> and <paramref name="abstract"/> are put on one line
    /// and shortened to <see cref="CitationLimits.MaxNameLength"/> and <see cref="CitationLimits.MaxAbstractLength"/>.
    /// </summary>
    public static Citation Create(int position, string name, string? @abstract = null, string? url = null, string? text = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(position, 1);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return new Citation
        {
            Position = position,
            Appearance = new CitationAppearance
            {
                Name = TextTruncation.ToSingleLine(name, CitationLimits.MaxNameLength),
                Abstract = string.IsNullOrWhiteSpace(@abstract) ? null : TextTruncation.ToSingleLine(@abstract, CitationLimits.MaxAbstractLength),
                Url = url,
                Text = text,
            },
        };
    }
}
