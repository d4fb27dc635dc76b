using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CareerBot.DirectLine.Tokens;

/// <summary>
/// Issues and checks the self-hosted service's tokens: JWTs signed with HMAC-SHA256, bound to one conversation and
/// one user, expiring after <see cref="DirectLineOptions.TokenLifetime"/>. The <c>user</c> claim is the one
/// botframework-directlinejs reads to learn the user id a token carries.
/// </summary>
public sealed class DirectLineTokenService
{
    /// <summary>How long a stream token lets a client open its WebSocket.</summary>
    public static readonly TimeSpan StreamTokenLifetime = TimeSpan.FromMinutes(2);

    private const string Issuer = "careerbot-directline";
    private const string ConversationClaim = "conv";
    private const string UserClaim = "user";

    private readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false };
    private readonly SymmetricSecurityKey _key;
    private readonly TimeSpan _lifetime;
    private readonly TimeProvider _timeProvider;

    public DirectLineTokenService(IOptions<DirectLineOptions> options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        var configured = options.Value.TokenSigningKey;
        // Without a configured key each process draws its own: its tokens are refused by any other instance.
        _key = new SymmetricSecurityKey(string.IsNullOrEmpty(configured) ? RandomNumberGenerator.GetBytes(32) : Convert.FromBase64String(configured));
        _lifetime = options.Value.TokenLifetime;
        _timeProvider = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
    }

    /// <summary>The lifetime of conversation tokens.</summary>
    public TimeSpan Lifetime => _lifetime;

    public IssuedToken Issue(string conversationId, string userId, TokenPurpose purpose = TokenPurpose.Conversation)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentException.ThrowIfNullOrEmpty(userId);
        var lifetime = purpose == TokenPurpose.Stream ? StreamTokenLifetime : _lifetime;
        var now = _timeProvider.GetUtcNow().UtcDateTime;
        var token = _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = AudienceOf(purpose),
            IssuedAt = now,
            NotBefore = now,
            Expires = now + lifetime,
            Subject = new ClaimsIdentity([new Claim(ConversationClaim, conversationId), new Claim(UserClaim, userId)]),
            SigningCredentials = new SigningCredentials(_key, SecurityAlgorithms.HmacSha256),
        });
        return new IssuedToken(token, (int)lifetime.TotalSeconds);
    }

    public async Task<TokenValidation> ValidateAsync(string token, TokenPurpose purpose = TokenPurpose.Conversation)
    {
        var result = await _handler.ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = Issuer,
            ValidAudience = AudienceOf(purpose),
            IssuerSigningKey = _key,
            ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
            // Lifetime is checked below against the injected clock, which tests can move.
            ValidateLifetime = false,
        }).ConfigureAwait(false);
        if (!result.IsValid || result.SecurityToken is not JsonWebToken jwt
            || !jwt.TryGetPayloadValue<string>(ConversationClaim, out var conversationId) || string.IsNullOrEmpty(conversationId)
            || !jwt.TryGetPayloadValue<string>(UserClaim, out var userId) || string.IsNullOrEmpty(userId))
        {
            return TokenValidation.Fail(TokenFailure.Invalid);
        }

        var expiresAt = new DateTimeOffset(jwt.ValidTo, TimeSpan.Zero);
        return _timeProvider.GetUtcNow() >= expiresAt
            ? TokenValidation.Fail(TokenFailure.Expired)
            : TokenValidation.Valid(new TokenClaims(conversationId, userId, expiresAt));
    }

    private static string AudienceOf(TokenPurpose purpose) => purpose == TokenPurpose.Stream ? "directline-stream" : "directline";
}
