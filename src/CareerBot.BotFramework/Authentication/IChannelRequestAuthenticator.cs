using System.Security.Claims;
using CareerBot.BotFramework.Schema;

namespace CareerBot.BotFramework.Authentication;

/// <summary>Checks that an incoming request really comes from a Bot Framework channel (or is allowed anonymously).</summary>
public interface IChannelRequestAuthenticator
{
    /// <summary>
    /// Validates the <c>Authorization</c> header of a request carrying <paramref name="activity"/>.
    /// Returns the caller's identity, or throws <see cref="UnauthorizedAccessException"/> whose message is
    /// meant for logs only (never for the caller).
    /// </summary>
    Task<ClaimsIdentity> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken = default);
}
