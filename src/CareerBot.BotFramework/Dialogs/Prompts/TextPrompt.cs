using CareerBot.BotFramework.Builder;

namespace CareerBot.BotFramework.Dialogs.Prompts;

/// <summary>Asks for free text; any non-empty message is an answer (a validator can be pickier).</summary>
public sealed class TextPrompt(string dialogId, PromptValidator<string>? validator = null, string defaultLocale = "en")
    : Prompt<string>(dialogId, validator, defaultLocale)
{
    protected override Task<PromptRecognizerResult<string>> OnRecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var text = turnContext.Activity.Text;
        return Task.FromResult(string.IsNullOrWhiteSpace(text) ? new PromptRecognizerResult<string>(false) : new PromptRecognizerResult<string>(true, text));
    }
}
