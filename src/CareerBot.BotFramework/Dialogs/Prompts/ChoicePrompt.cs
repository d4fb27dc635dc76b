using CareerBot.BotFramework.Builder;

namespace CareerBot.BotFramework.Dialogs.Prompts;

/// <summary>
/// Asks the user to pick one of <see cref="PromptOptions.Choices"/>, shown as suggested actions, and ends with a
/// <see cref="FoundChoice"/>. An answer selects a choice when it is the choice's value or one of its synonyms
/// (whatever the case and accents), or its number in the list ("1" for the first).
/// </summary>
public sealed class ChoicePrompt(string dialogId, PromptValidator<FoundChoice>? validator = null)
    : Prompt<FoundChoice>(dialogId, validator)
{
    protected override IEnumerable<string>? SuggestedAnswers(ITurnContext turnContext, PromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return (options.Choices ?? []).Select(choice => choice.Value);
    }

    protected override Task<PromptRecognizerResult<FoundChoice>> OnRecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var found = Recognize(turnContext.Activity.Text, options.Choices ?? []);
        return Task.FromResult(found is null ? new PromptRecognizerResult<FoundChoice>(false) : new PromptRecognizerResult<FoundChoice>(true, found));
    }

    /// <summary>
    /// The choice <paramref name="text"/> selects (its value or a synonym, whatever the case and accents; or, when
    /// <paramref name="byNumber"/>, its place in the list), or null. Public so that a bot can tell whether a message
    /// answers a question before deciding it is something else (a command, a side question).
    /// </summary>
    public static FoundChoice? Recognize(string? text, IList<Choice> choices, bool byNumber = true)
    {
        ArgumentNullException.ThrowIfNull(choices);
        return new ChoiceRecognizer(choices, byNumber).Recognize(text);
    }
}
