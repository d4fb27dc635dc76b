using CareerBot.Advisor.Feedback;
using CareerBot.BotFramework.State;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CareerBot.Advisor.Hosting;

/// <summary>Registers the store of the ratings of answers and its retention.</summary>
public static class FeedbackServiceCollectionExtensions
{
    /// <summary>One feedback store per <c>Storage:Provider</c> value, the same names as the state's providers.</summary>
    private static readonly Dictionary<string, StorageProviderRegistration> Providers = new(StringComparer.OrdinalIgnoreCase)
    {
        [BotStateServiceCollectionExtensions.SqliteProvider] = AddSqlite,
        [BotStateServiceCollectionExtensions.MemoryProvider] = (services, _, _) => services.TryAddSingleton<IFeedbackStore, MemoryFeedbackStore>(),
    };

    /// <summary>
    /// Registers <see cref="IFeedbackStore"/> (singleton) where the bot state is kept, read from the same keys as
    /// <c>AddBotStateStorage</c>: <c>Storage:Provider</c> <c>Sqlite</c> (default) → <see cref="SqliteFeedbackStore"/> in the
    /// state's file (<c>Storage:Sqlite:Path</c>, default <c>data/careerbot.db</c>, relative to
    /// <paramref name="contentRootPath"/> or to <see cref="IHostEnvironment.ContentRootPath"/> when that is null; the
    /// same <c>Storage:Sqlite:BusyTimeout</c>); <c>Memory</c> → <see cref="MemoryFeedbackStore"/>; the names of
    /// <paramref name="extraProviders"/> → what they register. Any other provider is refused here, at start-up:
    /// silently keeping ratings in memory would lose them at the next restart. Also binds
    /// <see cref="FeedbackOptions"/> (section <c>Feedback</c>, checked at start-up) and the hosted retention purge,
    /// which uses the registered <see cref="TimeProvider"/> or the system clock.
    /// </summary>
    public static IServiceCollection AddCareerBotFeedback(
        this IServiceCollection services,
        IConfiguration configuration,
        string? contentRootPath = null,
        IReadOnlyDictionary<string, StorageProviderRegistration>? extraProviders = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        var provider = BotStateServiceCollectionExtensions.SelectedProvider(configuration);
        var providers = BotStateServiceCollectionExtensions.WithExtra(Providers, extraProviders);
        if (!providers.TryGetValue(provider, out var addProvider))
        {
            throw new InvalidOperationException(
                $"{BotStateServiceCollectionExtensions.SectionName}:Provider '{provider}' has no feedback store; the ratings of answers are kept with " +
                $"{string.Join(", ", providers.Keys)}.");
        }

        addProvider(services, configuration.GetSection(BotStateServiceCollectionExtensions.SectionName), contentRootPath);
        services.AddOptions<FeedbackOptions>()
            .Bind(configuration.GetSection(FeedbackOptions.SectionName))
            .Validate(o => o.RetentionDays is >= 0 and <= FeedbackOptions.MaxRetentionDays,
                $"Feedback:RetentionDays is a number of days from 0 (keep forever) to {FeedbackOptions.MaxRetentionDays}.")
            .ValidateOnStart();
        services.AddHostedService(sp => new FeedbackRetention(
            sp.GetRequiredService<IFeedbackStore>(),
            sp.GetRequiredService<IOptions<FeedbackOptions>>(),
            sp.GetService<TimeProvider>() ?? TimeProvider.System,
            sp.GetRequiredService<ILogger<FeedbackRetention>>()));
        return services;
    }

    private static void AddSqlite(IServiceCollection services, IConfigurationSection storage, string? contentRootPath)
    {
        var sqlite = storage.GetSection("Sqlite");
        var configuredPath = sqlite["Path"];
        var path = string.IsNullOrWhiteSpace(configuredPath) ? SqliteStorageOptions.DefaultPath : configuredPath;
        var busyTimeout = sqlite.GetValue("BusyTimeout", new SqliteStorageOptions().BusyTimeout);
        services.TryAddSingleton<IFeedbackStore>(sp =>
        {
            var root = contentRootPath ?? sp.GetRequiredService<IHostEnvironment>().ContentRootPath;
            return new SqliteFeedbackStore(Path.GetFullPath(path, root), busyTimeout);
        });
    }
}
