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
    /// One registration per <c>Storage:Provider</c> value (case-insensitive). Providers that live in other assemblies
    /// (e.g. Azure) are passed to <see cref="AddBotStateStorage"/> and register through <see cref="AddStorage{TStorage}"/>.
    /// </summary>
    private static readonly Dictionary<string, StorageProviderRegistration> Providers =
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
    /// <paramref name="extraProviders"/> adds provider names (case-insensitive) to the built-in ones.
    /// </summary>
    public static IServiceCollection AddBotStateStorage(
        this IServiceCollection services,
        IConfiguration configuration,
        string? contentRootPath = null,
        IReadOnlyDictionary<string, StorageProviderRegistration>? extraProviders = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        var section = configuration.GetSection(SectionName);
        var provider = SelectedProvider(configuration);
        var providers = WithExtra(Providers, extraProviders);
        if (!providers.TryGetValue(provider, out var addProvider))
        {
            throw new InvalidOperationException(
                $"{SectionName}:Provider '{provider}' is not supported; use one of: {string.Join(", ", providers.Keys)}.");
        }

        addProvider(services, section, contentRootPath);
        services.AddSingleton<ConversationState>();
        services.AddSingleton<UserState>();
        return services;
    }

    /// <summary>The configured <c>Storage:Provider</c>, trimmed; <c>Sqlite</c> when it is not set.</summary>
    public static string SelectedProvider(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var provider = configuration.GetSection(SectionName)["Provider"];
        return string.IsNullOrWhiteSpace(provider) ? SqliteProvider : provider.Trim();
    }

    /// <summary>The built-in table plus <paramref name="extra"/> (case-insensitive names; an extra entry may not replace a built-in one).</summary>
    public static Dictionary<string, StorageProviderRegistration> WithExtra(
        IReadOnlyDictionary<string, StorageProviderRegistration> builtIn,
        IReadOnlyDictionary<string, StorageProviderRegistration>? extra)
    {
        ArgumentNullException.ThrowIfNull(builtIn);
        var all = new Dictionary<string, StorageProviderRegistration>(builtIn, StringComparer.OrdinalIgnoreCase);
        foreach (var (name, registration) in extra ?? new Dictionary<string, StorageProviderRegistration>())
        {
            if (!all.TryAdd(name, registration))
            {
                throw new ArgumentException($"The storage provider '{name}' is already registered.", nameof(extra));
            }
        }

        return all;
    }

    /// <summary>
    /// Registers <typeparamref name="TStorage"/> as the singleton <see cref="IStorage"/> and <see cref="IStorageHealth"/>:
    /// what a provider's <see cref="StorageProviderRegistration"/> calls.
    /// </summary>
    public static void AddStorage<TStorage>(this IServiceCollection services, Func<IServiceProvider, TStorage> factory)
        where TStorage : class, IStorage, IStorageHealth
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton(factory);
        services.AddSingleton<IStorage>(sp => sp.GetRequiredService<TStorage>());
        services.AddSingleton<IStorageHealth>(sp => sp.GetRequiredService<TStorage>());
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
}
