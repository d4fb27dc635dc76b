using CareerBot.Advisor.Feedback;
using CareerBot.Advisor.Hosting;
using CareerBot.Azure.Feedback;
using CareerBot.Azure.Hosting;
using CareerBot.Azure.State;
using CareerBot.BotFramework.Builder;
using CareerBot.BotFramework.State;
using CareerBot.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CareerBot.Azure.Tests.Hosting;

/// <summary>Storage:Provider Blob and Cosmos through the provider hook of AddBotStateStorage and AddCareerBotFeedback.</summary>
public sealed class AzureStorageProvidersTests : IDisposable
{
    private const string Connection = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=a2V5;BlobEndpoint=http://127.0.0.1:9/devstoreaccount1;";
    private readonly TempDirectory _root = new();

    [Fact]
    public void Blob_registers_the_blob_state_the_blob_feedback_store_and_the_shared_conversation_lock()
    {
        using var provider = Build(("Storage:Provider", "blob"), ("Storage:Blob:ConnectionString", Connection));

        var storage = Assert.IsType<BlobStorage>(provider.GetRequiredService<IStorage>());
        Assert.Same(storage, provider.GetRequiredService<IStorageHealth>());
        Assert.IsType<BlobFeedbackStore>(provider.GetRequiredService<IFeedbackStore>());
        Assert.IsType<BlobConversationLockMiddleware>(Assert.Single(provider.GetKeyedServices<IMiddleware>(AzureStorageProviders.SharedConversationLockKey)));
    }

    [Fact]
    public void Cosmos_registers_the_cosmos_state_and_feedback_stores_and_no_shared_lock()
    {
        using var provider = Build(("Storage:Provider", "Cosmos"), ("Storage:Cosmos:Endpoint", "https://127.0.0.1:9/"), ("Storage:Cosmos:AuthKey", "a2V5"));

        Assert.IsType<CosmosStorage>(provider.GetRequiredService<IStorage>());
        Assert.IsType<CosmosFeedbackStore>(provider.GetRequiredService<IFeedbackStore>());
        Assert.Empty(provider.GetKeyedServices<IMiddleware>(AzureStorageProviders.SharedConversationLockKey));
    }

    [Theory]
    [InlineData("Blob", "Storage:Blob:ConnectionString")]
    [InlineData("Cosmos", "Storage:Cosmos:ConnectionString")]
    public void A_provider_without_its_account_is_refused_at_registration_naming_the_key(string name, string key)
    {
        var error = Assert.Throws<InvalidOperationException>(() => Build(("Storage:Provider", name)));

        Assert.Contains(key, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_built_in_providers_still_work_and_an_unknown_one_lists_them_all()
    {
        using var provider = Build(("Storage:Provider", "Memory"));
        Assert.IsType<MemoryStorage>(provider.GetRequiredService<IStorage>());

        var error = Assert.Throws<InvalidOperationException>(() => Build(("Storage:Provider", "Redis")));
        Assert.Contains("Sqlite, Memory, Blob, Cosmos", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _root.Dispose();

    private ServiceProvider Build(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value))).Build();
        var services = new ServiceCollection();
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(Logger<>));
        services.AddBotStateStorage(configuration, _root.Path, AzureStorageProviders.State);
        services.AddCareerBotFeedback(configuration, _root.Path, AzureStorageProviders.Feedback);
        return services.BuildServiceProvider();
    }
}
