using CareerBot.BotFramework.Authentication;
using CareerBot.Testing;

namespace CareerBot.BotFramework.Tests.Authentication;

/// <summary>Tests that set the process-wide managed identity environment variables, so they never run in parallel.</summary>
[CollectionDefinition(nameof(ManagedIdentityEnvironment), DisableParallelization = true)]
public sealed class ManagedIdentityEnvironment;

/// <summary>
/// MSAL's managed identity flow against a real HTTPS endpoint on 127.0.0.1, found by MSAL through the App
/// Service variables IDENTITY_ENDPOINT / IDENTITY_HEADER.
/// </summary>
[Collection(nameof(ManagedIdentityEnvironment))]
public sealed class ManagedIdentityAccessTokenProviderTests
{
    [Fact]
    public async Task User_assigned_identity_token_is_fetched_for_the_connector_resource_then_cached()
    {
        await using var endpoint = await LocalTokenEndpoint.StartAsync();
        var previousEndpoint = Environment.GetEnvironmentVariable("IDENTITY_ENDPOINT");
        var previousHeader = Environment.GetEnvironmentVariable("IDENTITY_HEADER");
        Environment.SetEnvironmentVariable("IDENTITY_ENDPOINT", endpoint.BaseUrl + "/msi/token");
        Environment.SetEnvironmentVariable("IDENTITY_HEADER", LocalTokenEndpoint.IdentityHeader);
        try
        {
            var provider = new ManagedIdentityAccessTokenProvider(
                new BotFrameworkAuthenticationOptions { MicrosoftAppId = "7c1e5b3a-msi-client-id", MicrosoftAppType = "UserAssignedMSI" },
                endpoint.HttpClientFactory);

            var first = await provider.GetAccessTokenAsync();
            var second = await provider.GetAccessTokenAsync();

            Assert.Equal("access-token-1", first);
            Assert.Equal(first, second);
            var request = Assert.Single(endpoint.Requests);
            Assert.Equal("/msi/token", request.Path);
            Assert.Equal("https://api.botframework.com", request.Parameters["resource"]);
            Assert.Equal("7c1e5b3a-msi-client-id", request.Parameters["client_id"]);
            Assert.Equal(LocalTokenEndpoint.IdentityHeader, request.Parameters["X-IDENTITY-HEADER"]);
        }
        finally
        {
            Environment.SetEnvironmentVariable("IDENTITY_ENDPOINT", previousEndpoint);
            Environment.SetEnvironmentVariable("IDENTITY_HEADER", previousHeader);
        }
    }
}
