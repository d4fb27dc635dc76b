using Microsoft.Identity.Client;

namespace CareerBot.BotFramework.Authentication;

/// <summary>
/// Gives MSAL its HTTP clients from <see cref="IHttpClientFactory"/> (pooled handlers, DNS refresh), as MSAL
/// recommends for server apps. Replace the <see cref="IMsalHttpClientFactory"/> registration to redirect or
/// trust MSAL traffic differently (tests against a local token endpoint).
/// </summary>
internal sealed class MsalHttpClientFactory(IHttpClientFactory httpClientFactory) : IMsalHttpClientFactory
{
    /// <summary>Name of the <see cref="HttpClient"/> registration MSAL uses; no resilience handler, MSAL retries itself.</summary>
    public const string HttpClientName = "CareerBot.BotFramework.Msal";

    public HttpClient GetHttpClient() => httpClientFactory.CreateClient(HttpClientName);
}
