using Microsoft.Identity.Client;

namespace CareerBot.BotFramework.Authentication;

/// <summary>
/// Outbound credentials of a MultiTenant or SingleTenant bot: the OAuth client-credentials flow with the app
/// password, through MSAL, whose in-memory cache returns the token until shortly before it expires.
/// </summary>
internal sealed class ClientSecretAccessTokenProvider : IAccessTokenProvider
{
    private readonly IConfidentialClientApplication _application;
    private readonly string[] _scopes;
    private readonly string _authority;

    public ClientSecretAccessTokenProvider(BotFrameworkAuthenticationOptions options, IMsalHttpClientFactory httpClientFactory)
    {
        _authority = options.ToChannelFromBotAuthority;
        _scopes = [options.ToChannelFromBotOAuthScope];
        _application = ConfidentialClientApplicationBuilder.Create(options.MicrosoftAppId)
            .WithClientSecret(options.MicrosoftAppPassword)
            .WithAuthority(_authority)
            // The authority is configured, not discovered: no instance-discovery round trip, and private or
            // sovereign authorities work the same way.
            .WithInstanceDiscovery(false)
            .WithHttpClientFactory(httpClientFactory)
            .Build();
    }

    public async Task<string?> GetAccessTokenAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            var result = await _application.AcquireTokenForClient(_scopes).ExecuteAsync(cancellationToken).ConfigureAwait(false);
            return result.AccessToken;
        }
        catch (MsalException ex)
        {
            throw new AccessTokenAcquisitionException(
                $"Could not get a Bot Framework token from '{_authority}' (MSAL error '{ex.ErrorCode}'): check MicrosoftAppId, MicrosoftAppPassword and MicrosoftAppType/MicrosoftAppTenantId.",
                ex);
        }
    }
}
