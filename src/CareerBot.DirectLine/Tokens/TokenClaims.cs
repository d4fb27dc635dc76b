namespace CareerBot.DirectLine.Tokens;

/// <summary>What a valid token grants: one conversation, for one user, until <see cref="ExpiresAt"/>.</summary>
public sealed record TokenClaims(string ConversationId, string UserId, DateTimeOffset ExpiresAt);
