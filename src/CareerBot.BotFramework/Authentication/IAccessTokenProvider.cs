namespace CareerBot.BotFramework.Authentication;

/// <summary>The bot's outbound credentials: the bearer token sent to the channel's connector.</summary>
public interface IAccessTokenProvider
{
    /// <summary>
    /// A valid access token for the connector, from cache when it is not near expiry; <c>null</c> when the bot
    /// runs without an app id (anonymous local mode: Emulator, Agents Playground).
    /// </summary>
    Task<string?> GetAccessTokenAsync(CancellationToken cancellationToken = default);
}
