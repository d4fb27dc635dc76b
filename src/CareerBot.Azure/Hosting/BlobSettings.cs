using Azure.Identity;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Configuration;

namespace CareerBot.Azure.Hosting;

/// <summary>
/// <c>Storage:Blob</c>: <c>ConnectionString</c> (account key or SAS), or <c>ServiceUri</c> with the host's managed
/// identity (<see cref="DefaultAzureCredential"/>); <c>Container</c> (default <c>careerbot-state</c>).
/// </summary>
internal sealed record BlobSettings(string? ConnectionString, Uri? ServiceUri, string Container)
{
    public const string DefaultContainer = "careerbot-state";

    public static BlobSettings From(IConfigurationSection storage)
    {
        var blob = storage.GetSection("Blob");
        var connectionString = blob["ConnectionString"];
        var serviceUri = blob["ServiceUri"];
        var container = blob["Container"];
        if (string.IsNullOrWhiteSpace(connectionString) && string.IsNullOrWhiteSpace(serviceUri))
        {
            throw new InvalidOperationException("Storage:Provider is Blob: set Storage:Blob:ConnectionString, or Storage:Blob:ServiceUri to use the managed identity.");
        }

        return new BlobSettings(
            string.IsNullOrWhiteSpace(connectionString) ? null : connectionString,
            string.IsNullOrWhiteSpace(serviceUri) ? null : new Uri(serviceUri, UriKind.Absolute),
            string.IsNullOrWhiteSpace(container) ? DefaultContainer : container.Trim());
    }

    public BlobContainerClient CreateContainerClient() => ConnectionString is not null
        ? new BlobContainerClient(ConnectionString, Container)
        : new BlobServiceClient(ServiceUri!, new DefaultAzureCredential()).GetBlobContainerClient(Container);
}
