using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace CareerBot.BotFramework.Authentication;

/// <summary>
/// IdentityModel's OpenID configuration retriever that also tells when a retrieval ends. Since IdentityModel 8,
/// <see cref="ConfigurationManager{T}.RequestRefresh"/> refreshes on a background task without a completion
/// signal; this is the signal, so that a request carrying a just-rotated key can wait for the new keys.
/// </summary>
internal sealed class NotifyingOpenIdConfigurationRetriever : IConfigurationRetriever<OpenIdConnectConfiguration>
{
    private TaskCompletionSource<OpenIdConnectConfiguration?> _next = NewSignal();

    /// <summary>Completes with the configuration of the next retrieval that ends, or <c>null</c> if it fails.</summary>
    public Task<OpenIdConnectConfiguration?> NextRetrieval => Volatile.Read(ref _next).Task;

    public async Task<OpenIdConnectConfiguration> GetConfigurationAsync(string address, IDocumentRetriever retriever, CancellationToken cancel)
    {
        OpenIdConnectConfiguration? configuration = null;
        try
        {
            configuration = await OpenIdConnectConfigurationRetriever.GetAsync(address, retriever, cancel).ConfigureAwait(false);
            return configuration;
        }
        finally
        {
            Interlocked.Exchange(ref _next, NewSignal()).TrySetResult(configuration);
        }
    }

    private static TaskCompletionSource<OpenIdConnectConfiguration?> NewSignal() =>
        new(TaskCreationOptions.RunContinuationsAsynchronously);
}
