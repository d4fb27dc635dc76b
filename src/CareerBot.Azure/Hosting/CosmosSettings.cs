using Azure.Identity;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Configuration;

namespace CareerBot.Azure.Hosting;

/// <summary>
/// <c>Storage:Cosmos</c>: <c>ConnectionString</c>, or <c>Endpoint</c> with <c>AuthKey</c>, or <c>Endpoint</c> alone with
/// the host's managed identity (<see cref="DefaultAzureCredential"/>); <c>Database</c> (default <c>careerbot</c>),
/// <c>Container</c> (default <c>state</c>) and <c>FeedbackContainer</c> (default <c>feedback</c>), created if missing
/// with partition key <c>/id</c>.
/// </summary>
internal sealed record CosmosSettings(string? ConnectionString, string? Endpoint, string? AuthKey, string Database, string Container, string FeedbackContainer)
{
    public static CosmosSettings From(IConfigurationSection storage)
    {
        var cosmos = storage.GetSection("Cosmos");
        var connectionString = Value(cosmos, "ConnectionString");
        var endpoint = Value(cosmos, "Endpoint");
        if (connectionString is null && endpoint is null)
        {
            throw new InvalidOperationException("Storage:Provider is Cosmos: set Storage:Cosmos:ConnectionString, or Storage:Cosmos:Endpoint (with AuthKey, or alone to use the managed identity).");
        }

        return new CosmosSettings(
            connectionString,
            endpoint,
            Value(cosmos, "AuthKey"),
            Value(cosmos, "Database") ?? "careerbot",
            Value(cosmos, "Container") ?? "state",
            Value(cosmos, "FeedbackContainer") ?? "feedback");
    }

    public CosmosClient CreateClient()
    {
        if (ConnectionString is not null)
        {
            return new CosmosClient(ConnectionString);
        }

        return AuthKey is not null ? new CosmosClient(Endpoint, AuthKey) : new CosmosClient(Endpoint, new DefaultAzureCredential());
    }

    private static string? Value(IConfigurationSection section, string key) =>
        string.IsNullOrWhiteSpace(section[key]) ? null : section[key]!.Trim();
}
