namespace CareerBot.BotFramework.Dialogs.Prompts;

/// <summary>An option of a <see cref="ChoicePrompt"/>: the value shown and returned, and other words that select it.</summary>
public sealed class Choice
{
    public Choice() { }

    public Choice(string value, params IEnumerable<string> synonyms)
    {
        Value = value;
        Synonyms = [.. synonyms];
    }

    public string Value { get; set; } = string.Empty;

    public IList<string>? Synonyms { get; set; }
}
