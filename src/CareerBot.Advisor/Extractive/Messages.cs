using System.Globalization;
using CareerBot.Advisor.Resources;

namespace CareerBot.Advisor.Extractive;

/// <summary>
/// The user-facing strings of one answer, in the request's language: <c>en</c> reads AdvisorMessages.en.resx,
/// anything else the neutral French resources. The culture is passed to the resource manager explicitly, so that
/// concurrent answers in different languages never depend on the thread's UI culture.
/// </summary>
internal sealed class Messages
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr");

    private readonly CultureInfo _culture;

    private Messages(CultureInfo culture) => _culture = culture;

    public bool IsEnglish => ReferenceEquals(_culture, English);

    public static Messages For(string language) =>
        new(language.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? English : French);

    /// <summary>The string, or null when the resources have no such name (e.g. a country without a label).</summary>
    public string? Find(string name) => AdvisorMessages.ResourceManager.GetString(name, _culture);

    public string Get(string name) =>
        Find(name) ?? throw new InvalidOperationException($"AdvisorMessages has no string '{name}'.");

    public string Format(string name, params object?[] arguments) => string.Format(_culture, Get(name), arguments);
}
