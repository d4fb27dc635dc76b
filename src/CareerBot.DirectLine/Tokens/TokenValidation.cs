namespace CareerBot.DirectLine.Tokens;

/// <summary>The outcome of checking a token: its claims, or why it is refused.</summary>
public sealed record TokenValidation(TokenClaims? Claims, TokenFailure Failure)
{
    public bool IsValid => Claims is not null;

    public static TokenValidation Valid(TokenClaims claims) => new(claims, TokenFailure.None);

    public static TokenValidation Fail(TokenFailure failure) => new(null, failure);
}

/// <summary>Why a token was refused; <see cref="Expired"/> is told to clients (Direct Line's <c>TokenExpired</c>).</summary>
public enum TokenFailure
{
    None,
    Invalid,
    Expired,
}
