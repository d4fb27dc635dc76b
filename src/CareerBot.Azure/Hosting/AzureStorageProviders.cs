using CareerBot.Advisor.Feedback;
using CareerBot.Azure.Feedback;
using CareerBot.Azure.State;
using CareerBot.BotFramework.Builder;
using CareerBot.BotFramework.State;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CareerBot.Azure.Hosting;

/// <summary>
/// The <c>Storage:Provider</c> values <c>Blob</c> and <c>Cosmos</c>, for <c>AddBotStateStorage</c> (<see cref="State"/>)
/// and <c>AddCareerBotFeedback</c> (<see cref="Feedback"/>): state and ratings shared by every instance of the bot.
/// </summary>
public static class AzureStorageProviders
{
    public const string BlobProvider = "Blob";

    public const string CosmosProvider = "Cosmos";

    /// <summary>
    /// The service key of the adapter middleware that a provider adds to serialize a conversation's turns across
    /// instances (Blob: <see cref="BlobConversationLockMiddleware"/>); the host runs it after its in-process lock.
    /// </summary>
    public const string SharedConversationLockKey = "careerbot:shared-conversation-lock";

    /// <summary>The state stores: <see cref="BlobStorage"/>, <see cref="CosmosStorage"/>.</summary>
    public static IReadOnlyDictionary<string, StorageProviderRegistration> State { get; } = new Dictionary<string, StorageProviderRegistration>
    {
        [BlobProvider] = (services, storage, _) =>
        {
            var settings = BlobSettings.From(storage);
            services.AddStorage(_ => new BlobStorage(settings.CreateContainerClient()));
            services.AddKeyedSingleton<IMiddleware>(SharedConversationLockKey, (sp, _) =>
                new BlobConversationLockMiddleware(settings.CreateContainerClient(), sp.GetService<TimeProvider>() ?? TimeProvider.System));
        },
        [CosmosProvider] = (services, storage, _) =>
        {
            var settings = CosmosSettings.From(storage);
            services.TryAddSingleton(_ => settings.CreateClient());
            services.AddStorage(sp => new CosmosStorage(new CosmosContainerProvider(sp.GetRequiredService<Microsoft.Azure.Cosmos.CosmosClient>(), settings.Database, settings.Container)));
        },
    };

    /// <summary>The ratings' stores, in the same account as the state: <see cref="BlobFeedbackStore"/>, <see cref="CosmosFeedbackStore"/>.</summary>
    public static IReadOnlyDictionary<string, StorageProviderRegistration> Feedback { get; } = new Dictionary<string, StorageProviderRegistration>
    {
        [BlobProvider] = (services, storage, _) =>
        {
            var settings = BlobSettings.From(storage);
            services.TryAddSingleton<IFeedbackStore>(_ => new BlobFeedbackStore(settings.CreateContainerClient()));
        },
        [CosmosProvider] = (services, storage, _) =>
        {
            var settings = CosmosSettings.From(storage);
            services.TryAddSingleton(_ => settings.CreateClient());
            services.TryAddSingleton<IFeedbackStore>(sp => new CosmosFeedbackStore(new CosmosContainerProvider(sp.GetRequiredService<Microsoft.Azure.Cosmos.CosmosClient>(), settings.Database, settings.FeedbackContainer)));
        },
    };
}
