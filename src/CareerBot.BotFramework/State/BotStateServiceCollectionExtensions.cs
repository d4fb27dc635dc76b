using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CareerBot.BotFramework.State;

/// <summary>Registers the bot state storage chosen in configuration.</summary>
public static class BotStateServiceCollectionExtensions
{
    /// <summary>The configuration section read by <see cref="AddBotStateStorage"/>.</summary>
    public const string SectionName = "Storage";

    public const string SqliteProvider = "Sqlite";

    public const string MemoryProvider = "Memory";

    /// <summary>
    /// One registration per <c>Storage:Provider</c> value (case-insensitive). A new provider is one more entry
    /// registering its storage through <see cref="AddStorage{TStorage}"/>.
    /// </summary>
    private static readonly Dictionary<string, Action<IServiceCollection, IConfigurationSection, string?>> Providers =
        new(StringComparer.OrdinalIgnoreCase)
        {
            [SqliteProvider] = AddSqlite,
            [MemoryProvider] = (services, _, _) => AddStorage(services, _ => new MemoryStorage()),
        };

    /// <summary>
    /// Registers <see cref="IStorage"/>, <see cref="IStorageHealth"/> (the same instance), <see cref="ConversationState"/>
    /// and <see cref="UserState"/> as singletons, from section <c>Storage</c>: <c>Provider</c> = <c>Sqlite</c> (default) or
    /// <c>Memory</c>; <c>Sqlite:Path</c> (default <c>data/careerbot.db</c>) relative to <paramref name="contentRootPath"/>,
    /// or to <see cref="IHostEnvironment.ContentRootPath"/> when that is null; <c>Sqlite:BusyTimeout</c> (a TimeSpan).
    /// </summary>
    public static IServiceCollection AddBotStateStorage(this IServiceCollection services, IConfiguration configuration, string? contentRootPath = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        var section = configuration.GetSection(SectionName);
        var provider = section["Provider"];
        provider = string.IsNullOrWhiteSpace(provider) ? SqliteProvider : provider.Trim();
        if (!Providers.TryGetValue(provider, out var addProvider))
        {
            throw new InvalidOperationException(
                $"{SectionName}:Provider '{provider}' is not supported; use one of: {string.Join(", ", Providers.Keys)}.");
        }

        addProvider(services, section, contentRootPath);
        services.AddSingleton<ConversationState>();
        services.AddSingleton<UserState>();
        return services;
    }

    private static void AddSqlite(IServiceCollection services, IConfigurationSection section, string? contentRootPath)
    {
        var sqlite = section.GetSection("Sqlite");
        var configuredPath = sqlite["Path"];
        var path = string.IsNullOrWhiteSpace(configuredPath) ? SqliteStorageOptions.DefaultPath : configuredPath;
        var busyTimeout = sqlite.GetValue("BusyTimeout", new SqliteStorageOptions().BusyTimeout);
        AddStorage(services, sp =>
        {
            var root = contentRootPath ?? sp.GetRequiredService<IHostEnvironment>().ContentRootPath;
            return new SqliteStorage(new SqliteStorageOptions { Path = Path.GetFullPath(path, root), BusyTimeout = busyTimeout });
        });
    }

    private static void AddStorage<TStorage>(IServiceCollection services, Func<IServiceProvider, TStorage> factory)
        where TStorage : class, IStorage, IStorageHealth
    {
        services.AddSingleton(factory);
        services.AddSingleton<IStorage>(sp => sp.GetRequiredService<TStorage>());
        services.AddSingleton<IStorageHealth>(sp => sp.GetRequiredService<TStorage>());
    }
}
