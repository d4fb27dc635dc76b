namespace CareerBot.DirectLine.Tokens;

/// <summary>A signed token and its lifetime in whole seconds, as Direct Line's <c>expires_in</c> gives it.</summary>
public sealed record IssuedToken(string Token, int ExpiresIn);
