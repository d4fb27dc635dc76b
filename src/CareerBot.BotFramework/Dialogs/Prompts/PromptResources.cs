using System.Text.Json;

namespace CareerBot.BotFramework.Dialogs.Prompts;

/// <summary>
/// The word lists of the prompts, embedded JSON resources so that a language or a synonym is added by editing a
/// list, not code. Each list is keyed by <see cref="PromptLanguage"/> code and written already normalized
/// (lower case, no accents; see <see cref="TextNormalizer"/>).
/// </summary>
internal static class PromptResources
{
    public sealed record ConfirmWords(IReadOnlyList<string> Yes, IReadOnlyList<string> No, IReadOnlyList<string> Choices);

    public sealed record NumberWords(IReadOnlyList<string> Connectors, IReadOnlyDictionary<string, int> Words);

    private static readonly Lazy<IReadOnlyDictionary<string, ConfirmWords>> LazyConfirm = new(() => Load<ConfirmWords>("confirm-words.json"));
    private static readonly Lazy<IReadOnlyDictionary<string, NumberWords>> LazyNumbers = new(() => Load<NumberWords>("number-words.json"));

    public static ConfirmWords Confirm(string language) => LazyConfirm.Value[language];

    public static NumberWords Numbers(string language) => LazyNumbers.Value[language];

    /// <summary>The other languages' lists too, the given one first: users mix « ok » and « yes » into French.</summary>
    public static IEnumerable<ConfirmWords> ConfirmInPreferenceOrder(string language) =>
        LazyConfirm.Value.OrderBy(pair => pair.Key == language ? 0 : 1).Select(pair => pair.Value);

    private static Dictionary<string, TWords> Load<TWords>(string fileName)
    {
        var name = $"CareerBot.BotFramework.Dialogs.Prompts.Resources.{fileName}";
        using var stream = typeof(PromptResources).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded resource '{name}' is missing.");
        return JsonSerializer.Deserialize<Dictionary<string, TWords>>(stream, DialogStateValues.Options)
            ?? throw new InvalidOperationException($"The embedded resource '{name}' is empty.");
    }
}
