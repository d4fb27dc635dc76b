using System.Security.Cryptography;
using System.Text;
using CareerBot.DirectLine.Tokens;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace CareerBot.DirectLine.Endpoints;

/// <summary>
/// Reads <c>Authorization: Bearer</c> as Direct Line 3.0 does: no or malformed header → 401; a secret that is not
/// ours, a bad or expired token → 403 (code <c>TokenExpired</c> for the latter, which tells a client to get a new one).
/// </summary>
internal sealed class DirectLineAuthenticator(IOptions<DirectLineOptions> options, DirectLineTokenService tokens)
{
    private readonly byte[]? _secret = string.IsNullOrEmpty(options.Value.SelfHostedSecret) ? null : Encoding.UTF8.GetBytes(options.Value.SelfHostedSecret);

    public async Task<(Caller? Caller, IResult? Error)> AuthenticateAsync(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        const string Scheme = "Bearer ";
        if (!header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase) || header.Length == Scheme.Length)
        {
            request.HttpContext.Response.Headers.WWWAuthenticate = "Bearer";
            return (null, DirectLineErrors.Error(StatusCodes.Status401Unauthorized, "Unauthorized", "An 'Authorization: Bearer <secret or token>' header is required."));
        }

        var credential = header[Scheme.Length..].Trim();
        if (_secret is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(credential), _secret))
        {
            return (Caller.SecretHolder, null);
        }

        var validation = await tokens.ValidateAsync(credential).ConfigureAwait(false);
        return validation.Failure switch
        {
            TokenFailure.None => (new Caller(validation.Claims, credential), null),
            TokenFailure.Expired => (null, DirectLineErrors.Error(StatusCodes.Status403Forbidden, "TokenExpired", "The token has expired; get a new one.")),
            _ => (null, DirectLineErrors.Forbidden("The secret or token is not valid.")),
        };
    }
}
