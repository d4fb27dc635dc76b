using System.Text.Json.Serialization;

namespace CareerBot.DirectLine.Protocol;

/// <summary>
/// The Direct Line 3.0 <c>Conversation</c> object: the answer to starting, reconnecting to, or getting a token for a
/// conversation. <c>expires_in</c> keeps the service's snake case; the other names are camelCase.
/// </summary>
public sealed class Conversation
{
    public string? ConversationId { get; set; }

    public string? Token { get; set; }

    /// <summary>Seconds until <see cref="Token"/> expires.</summary>
    [JsonPropertyName("expires_in")]
    public int? ExpiresIn { get; set; }

    /// <summary>The WebSocket address that streams the conversation's activities; absent from token answers.</summary>
    public string? StreamUrl { get; set; }
}
