using CareerBot.DirectLine.Tokens;

namespace CareerBot.DirectLine.Endpoints;

/// <summary>
/// Who called: the holder of the self-hosted secret (any conversation) or of a token (its one conversation). The
/// token itself is kept so that a reconnect can hand it back.
/// </summary>
internal sealed record Caller(TokenClaims? Claims, string? Token)
{
    public static readonly Caller SecretHolder = new(null, null);

    public bool HasSecret => Claims is null;

    public bool MayUse(string conversationId) => HasSecret || string.Equals(Claims!.ConversationId, conversationId, StringComparison.Ordinal);
}
