namespace CareerBot.BotFramework.Authentication;

/// <summary>Outbound credentials of a bot without app id: replies are sent without Authorization header.</summary>
internal sealed class AnonymousAccessTokenProvider : IAccessTokenProvider
{
    public Task<string?> GetAccessTokenAsync(CancellationToken cancellationToken = default) => Task.FromResult<string?>(null);
}
