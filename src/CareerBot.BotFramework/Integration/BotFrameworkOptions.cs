namespace CareerBot.BotFramework.Integration;

/// <summary>Limits of the messaging endpoint, section <c>BotFramework</c>.</summary>
public sealed class BotFrameworkOptions
{
    public const string SectionName = "BotFramework";

    /// <summary>
    /// Largest accepted request body. Real channel activities are a few KB (Teams caps messages near 28 KB);
    /// the default leaves room for a 1 MB paste so the bot can answer it politely instead of failing.
    /// </summary>
    public int MaxRequestBodyBytes { get; set; } = 2 * 1024 * 1024;
}
