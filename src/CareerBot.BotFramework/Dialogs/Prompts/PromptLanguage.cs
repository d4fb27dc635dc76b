namespace CareerBot.BotFramework.Dialogs.Prompts;

/// <summary>The languages the prompts understand, and how a locale maps to one.</summary>
public static class PromptLanguage
{
    public const string French = "fr";
    public const string English = "en";

    /// <summary>"fr" for any French locale ("fr", "fr-FR", "fr-CA"…), else "en", the language of the fallback.</summary>
    public static string Of(string? locale) =>
        locale is not null && locale.StartsWith(French, StringComparison.OrdinalIgnoreCase) && (locale.Length == 2 || locale[2] is '-' or '_')
            ? French
            : English;
}
