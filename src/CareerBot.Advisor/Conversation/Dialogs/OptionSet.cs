using System.Globalization;
using CareerBot.Advisor.Resources;
using CareerBot.BotFramework.Dialogs.Prompts;

namespace CareerBot.Advisor.Conversation.Dialogs;

/// <summary>
/// A question with a fixed list of answers. An answer is recognised in either language, whatever the language the
/// question was shown in: its label in French or English, one of its words, or its number in the list.
/// </summary>
internal sealed class OptionSet
{
    private static readonly CultureInfo[] Languages = [CultureInfo.GetCultureInfo("fr"), CultureInfo.GetCultureInfo("en")];

    private readonly ChoiceRecognizer _choices;

    public OptionSet(string id, string questionKey, IReadOnlyList<Option> options)
    {
        Id = id;
        QuestionKey = questionKey;
        Options = options;
        _choices = new ChoiceRecognizer(options.Select(option => new Choice(option.Id, Languages
            .Select(culture => ConversationMessages.ResourceManager.GetString(option.LabelKey, culture)
                ?? throw new InvalidOperationException($"ConversationMessages has no string '{option.LabelKey}'."))
            .Concat(option.Words))));
    }

    public string Id { get; }

    /// <summary>The question's string name.</summary>
    public string QuestionKey { get; }

    public IReadOnlyList<Option> Options { get; }

    /// <summary>The id of the option <paramref name="text"/> selects, or null.</summary>
    public string? Recognize(string? text) => _choices.Recognize(text)?.Value;

    public IEnumerable<string> Labels(Messages texts) => Options.Select(option => texts.Get(option.LabelKey));

    /// <summary>The label of the option with <paramref name="optionId"/>, or the id itself for an option no longer offered.</summary>
    public string LabelOf(string optionId, Messages texts) =>
        Options.FirstOrDefault(option => option.Id == optionId) is { } option ? texts.Get(option.LabelKey) : optionId;
}
