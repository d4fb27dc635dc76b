using System.Globalization;
using System.Text;
using System.Text.Json;
using CareerBot.Advisor.Resources;
using CareerBot.BotFramework.Dialogs.Prompts;

namespace CareerBot.Advisor.Conversation;

/// <summary>
/// Tells whether a message is a command: the whole message must be one of the command's words
/// (<c>Resources/Conversation/commands.json</c>) or the label of a menu button, in French or English, whatever the
/// case and accents. A card button says its command directly (<c>{"command": "tour"}</c> in its data).
/// </summary>
internal static class CommandRecognizer
{
    private const string CommandProperty = "command";

    /// <summary>The labels of the buttons that carry a command, so that a click (or typing the label) runs it.</summary>
    private static readonly (Command Command, string Label)[] Buttons =
    [
        (Command.Tour, nameof(ConversationMessages.Menu_Tour)),
        (Command.Profile, nameof(ConversationMessages.Menu_Profile)),
        (Command.Question, nameof(ConversationMessages.Menu_Question)),
        (Command.MyProfile, nameof(ConversationMessages.Menu_MyProfile)),
        (Command.Help, nameof(ConversationMessages.Menu_Help)),
        (Command.Profile, nameof(ConversationMessages.MyProfile_Redo)),
        (Command.Like, nameof(ConversationMessages.Feedback_Like)),
        (Command.Dislike, nameof(ConversationMessages.Feedback_Dislike)),
    ];

    private static readonly CultureInfo[] Languages = [CultureInfo.GetCultureInfo("fr"), CultureInfo.GetCultureInfo("en")];

    private static readonly IList<Choice> Choices = Load();

    private static readonly ChoiceRecognizer Words = new(Choices, byNumber: false);

    /// <summary>
    /// The words compared as typed, for those the comparison without case or accents reduces to nothing: emoji
    /// (« 👍 ») and punctuation (« ? »).
    /// </summary>
    private static readonly Dictionary<string, Command> Symbols = Choices
        .SelectMany(choice => (choice.Synonyms ?? []).Select(word => (Word: Bare(word), Command: Enum.Parse<Command>(choice.Value))))
        .Where(entry => !entry.Word.Any(char.IsLetterOrDigit))
        .DistinctBy(entry => entry.Word)
        .ToDictionary(entry => entry.Word, entry => entry.Command, StringComparer.Ordinal);

    public static Command? Recognize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (Symbols.TryGetValue(Bare(text), out var symbol))
        {
            return symbol;
        }

        return Words.Recognize(text) is { } found ? Enum.Parse<Command>(found.Value) : null;
    }

    /// <summary>The command of a card button's data, or null when the value carries none.</summary>
    public static Command? FromValue(JsonElement? value) =>
        value is { ValueKind: JsonValueKind.Object } data
        && data.TryGetProperty(CommandProperty, out var command)
        && command.ValueKind == JsonValueKind.String
            ? FromName(command.GetString())
            : null;

    /// <summary>
    /// The command a button names (<c>"profile"</c>, <c>"myProfile"</c>: a card's data or an Action.Execute verb), or
    /// null. Only names: numbers would parse as enum values.
    /// </summary>
    public static Command? FromName(string? name) =>
        !string.IsNullOrEmpty(name)
        && char.IsLetter(name[0])
        && Enum.TryParse<Command>(name, ignoreCase: true, out var parsed)
        && Enum.IsDefined(parsed)
            ? parsed
            : null;

    /// <summary>The text without spaces, emoji variation selectors or skin tones: « 👍🏽 » is « 👍 ».</summary>
    private static string Bare(string text)
    {
        var kept = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            if (!Rune.IsWhiteSpace(rune) && rune.Value != 0xFE0F && rune.Value is not (>= 0x1F3FB and <= 0x1F3FF))
            {
                kept.Append(rune.ToString());
            }
        }

        return kept.ToString();
    }

    private static List<Choice> Load()
    {
        using var document = EmbeddedJson.Document("Conversation", "commands.json");
        return Enum.GetValues<Command>().Select(command =>
        {
            var name = JsonNamingPolicy.CamelCase.ConvertName(command.ToString());
            var words = document.RootElement.TryGetProperty(name, out var list) ? EmbeddedJson.Strings(list) : [];
            var buttons = Buttons.Where(b => b.Command == command)
                .SelectMany(b => Languages.Select(culture => ConversationMessages.ResourceManager.GetString(b.Label, culture)!));
            return new Choice(command.ToString(), words.Concat(buttons).Distinct());
        }).ToList();
    }
}
