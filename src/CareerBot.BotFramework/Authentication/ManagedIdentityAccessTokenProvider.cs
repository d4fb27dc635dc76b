using Microsoft.Identity.Client;
using Microsoft.Identity.Client.AppConfig;

namespace CareerBot.BotFramework.Authentication;

/// <summary>
/// Outbound credentials of a UserAssignedMSI bot: a token of the user-assigned managed identity whose client id is
/// the app id, through MSAL (which finds the hosting environment's identity endpoint and caches the token).
/// </summary>
internal sealed class ManagedIdentityAccessTokenProvider : IAccessTokenProvider
{
    private readonly IManagedIdentityApplication _application;
    private readonly string _resource;

    public ManagedIdentityAccessTokenProvider(BotFrameworkAuthenticationOptions options, IMsalHttpClientFactory httpClientFactory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(options.MicrosoftAppId);
        _resource = options.ToChannelFromBotResource;
        _application = ManagedIdentityApplicationBuilder.Create(ManagedIdentityId.WithUserAssignedClientId(options.MicrosoftAppId))
            .WithHttpClientFactory(httpClientFactory)
            .Build();
    }

    public async Task<string?> GetAccessTokenAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            var result = await _application.AcquireTokenForManagedIdentity(_resource).ExecuteAsync(cancellationToken).ConfigureAwait(false);
            return result.AccessToken;
        }
        catch (MsalException ex)
        {
            throw new AccessTokenAcquisitionException(
                $"Could not get a managed identity token for '{_resource}' (MSAL error '{ex.ErrorCode}'): check that the user-assigned identity MicrosoftAppId is assigned to this host.",
                ex);
        }
    }
}
