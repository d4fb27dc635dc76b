using System.Globalization;
using CareerBot.BotFramework.Builder;
using CareerBot.BotFramework.Dialogs.Prompts;

namespace CareerBot.BotFramework.Tests.Dialogs;

/// <summary>Asks for free text: any non-empty message is an answer. A prompt of the tests, to drive the dialog machinery.</summary>
public sealed class TextPrompt(string dialogId, PromptValidator<string>? validator = null) : Prompt<string>(dialogId, validator)
{
    protected override Task<PromptRecognizerResult<string>> OnRecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken)
    {
        var text = turnContext.Activity.Text;
        return Task.FromResult(string.IsNullOrWhiteSpace(text) ? new PromptRecognizerResult<string>(false) : new PromptRecognizerResult<string>(true, text));
    }
}

/// <summary>Asks for a whole number written in digits. A prompt of the tests, to drive the dialog machinery.</summary>
public sealed class NumberPrompt(string dialogId, PromptValidator<int>? validator = null) : Prompt<int>(dialogId, validator)
{
    protected override Task<PromptRecognizerResult<int>> OnRecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken) =>
        Task.FromResult(int.TryParse(turnContext.Activity.Text?.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var number)
            ? new PromptRecognizerResult<int>(true, number)
            : new PromptRecognizerResult<int>(false));
}
