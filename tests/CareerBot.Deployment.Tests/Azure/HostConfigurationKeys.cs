using System.Collections.Concurrent;
using CareerBot.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CareerBot.Deployment.Tests.Azure;

/// <summary>
/// The configuration keys the host really reads, found by watching it rather than listed by hand: the host's
/// composition (<c>AddCareerBot</c>) runs against a configuration whose last provider records every key looked up,
/// then every options class it binds from configuration is bound once, which looks up each of its properties.
/// </summary>
internal static class HostConfigurationKeys
{
    /// <summary>
    /// Every key looked up, as the host spelt it (configuration keys are case-insensitive), with
    /// <paramref name="settings"/> set: some keys are read only when a setting chooses them (the Blob store's keys
    /// when <c>Storage:Provider</c> is <c>Blob</c>).
    /// </summary>
    public static IReadOnlySet<string> Read(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var recorder = new RecordingSource();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        // Last, so that it is asked first and sees every lookup, answered or not.
        builder.Configuration.Sources.Add(recorder);
        builder.AddCareerBot();

        foreach (var descriptor in builder.Services)
        {
            if (descriptor.ServiceType.IsGenericType
                && descriptor.ServiceType.GetGenericTypeDefinition() == typeof(IConfigureOptions<>)
                && descriptor.ImplementationInstance is { } configure
                && IsBindingFromConfiguration(configure.GetType()))
            {
                if (BoundSection(configure) is { } section)
                {
                    recorder.Sections.TryAdd(section.Path, 0);
                }

                Bind(configure, descriptor.ServiceType.GetGenericArguments()[0]);
            }
        }

        return new HashSet<string>(recorder.Keys.Keys, StringComparer.OrdinalIgnoreCase);
    }

    private static bool IsBindingFromConfiguration(Type type)
    {
        for (var t = type; t is not null; t = t.BaseType)
        {
            if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(NamedConfigureFromConfigurationOptions<>))
            {
                return true;
            }
        }

        return false;
    }

    // The section a binding reads is held by its Action's closure (none when bound from the root, which has children).
    private static IConfigurationSection? BoundSection(object configure)
    {
        var action = (Delegate)configure.GetType().GetProperty(nameof(ConfigureNamedOptions<object>.Action))!.GetValue(configure)!;
        return action.Target?.GetType().GetFields().Select(f => f.GetValue(action.Target)).OfType<IConfigurationSection>().FirstOrDefault();
    }

    // IConfigureNamedOptions<T>.Configure(name, new T()): the binding alone, without the host's post-configuration.
    private static void Bind(object configure, Type optionsType)
    {
        var named = typeof(IConfigureNamedOptions<>).MakeGenericType(optionsType);
        var name = (string?)configure.GetType().GetProperty(nameof(ConfigureNamedOptions<object>.Name))!.GetValue(configure);
        named.GetMethod(nameof(IConfigureNamedOptions<object>.Configure))!.Invoke(configure, [name, Activator.CreateInstance(optionsType)]);
    }

    private sealed class RecordingSource : IConfigurationSource
    {
        public ConcurrentDictionary<string, byte> Keys { get; } = new(StringComparer.OrdinalIgnoreCase);

        /// <summary>Paths of the sections that options classes are bound to.</summary>
        public ConcurrentDictionary<string, byte> Sections { get; } = new(StringComparer.OrdinalIgnoreCase);

        public IConfigurationProvider Build(IConfigurationBuilder builder) => new RecordingProvider(Keys, Sections);
    }

    /// <summary>
    /// Supplies no value; added last, it is asked first for every key. The binder skips a section that has neither a
    /// value nor children, so each section an options class is bound to is given one empty child: then each of its
    /// properties is looked up. Not deeper, where the child would make the binder take a leaf (a Uri) for a class: a
    /// nested class (Llm:CircuitBreaker) is seen only when appsettings.json has its section.
    /// </summary>
    private sealed class RecordingProvider(ConcurrentDictionary<string, byte> keys, ConcurrentDictionary<string, byte> sections)
        : ConfigurationProvider
    {
        private const string Probe = "recorder-probe";

        public override IEnumerable<string> GetChildKeys(IEnumerable<string> earlierKeys, string? parentPath) =>
            parentPath is not null && sections.ContainsKey(parentPath)
                ? earlierKeys.Append(Probe)
                : earlierKeys;

        public override bool TryGet(string key, out string? value)
        {
            keys.TryAdd(key, 0);
            value = null;
            return false;
        }
    }
}
