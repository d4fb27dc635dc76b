using System.Text.Json.Serialization;

namespace CareerBot.DirectLine.Protocol;

/// <summary>
/// The answer of the host's <c>POST /api/directline/token</c>: everything a page needs to open Web Chat, the Direct
/// Line address included (this host's own, or Azure's when the host exchanged a secret with Azure).
/// </summary>
public sealed class HostToken
{
    public required string Token { get; init; }

    public required string ConversationId { get; init; }

    [JsonPropertyName("expires_in")]
    public required int ExpiresIn { get; init; }

    /// <summary>The Direct Line base address, ending in <c>/v3/directline</c>: Web Chat's <c>domain</c> option.</summary>
    public required string Domain { get; init; }
}
