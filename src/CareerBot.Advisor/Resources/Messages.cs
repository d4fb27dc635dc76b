using System.Collections.Concurrent;
using System.Globalization;
using System.Resources;
using CareerBot.Advisor.Resources;

namespace CareerBot.Advisor.Resources;

/// <summary>
/// User-facing strings in one language: <c>en</c> reads the <c>.en.resx</c> resources, anything else the neutral
/// French ones. The culture is passed to the resource manager explicitly, so that concurrent turns in different
/// languages never depend on the thread's UI culture. The answer step reads AdvisorMessages; the conversation reads
/// ConversationMessages through the same class.
/// </summary>
internal sealed class Messages
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr");

    // The resources never change while the process runs, and a turn reads a dozen strings: ResourceManager takes a
    // lock on every read, which concurrent turns queue on. The names are the code's own, so the cache stays small.
    private static readonly ConcurrentDictionary<(ResourceManager Resources, CultureInfo Culture, string Name), string?> Strings = new();

    private readonly ResourceManager _resources;

    private Messages(ResourceManager resources, CultureInfo culture)
    {
        _resources = resources;
        Culture = culture;
    }

    public CultureInfo Culture { get; }

    public bool IsEnglish => ReferenceEquals(Culture, English);

    /// <summary>The strings of the answer step (AdvisorMessages), or of <paramref name="resources"/>.</summary>
    public static Messages For(string language, ResourceManager? resources = null) =>
        new(resources ?? AdvisorMessages.ResourceManager, language.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? English : French);

    /// <summary>The string, or null when the resources have no such name (e.g. a country without a label).</summary>
    public string? Find(string name) => Strings.GetOrAdd((_resources, Culture, name), key => key.Resources.GetString(key.Name, key.Culture));

    public string Get(string name) =>
        Find(name) ?? throw new InvalidOperationException($"{_resources.BaseName} has no string '{name}'.");

    public string Format(string name, params object?[] arguments) => string.Format(Culture, Get(name), arguments);
}
