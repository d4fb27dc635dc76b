using System.Numerics;
using CareerBot.BotFramework.Builder;

namespace CareerBot.BotFramework.Dialogs.Prompts;

/// <summary>
/// Asks for a number and ends with it as a <typeparamref name="T"/> (int, decimal, double…). French and English
/// digits and words are understood (see the recogniser); a number that does not fit <typeparamref name="T"/>
/// (« 2,5 » for an int, say) is not an answer.
/// </summary>
public sealed class NumberPrompt<T>(string dialogId, PromptValidator<T>? validator = null, string defaultLocale = "en")
    : Prompt<T>(dialogId, validator, defaultLocale)
    where T : INumber<T>
{
    protected override Task<PromptRecognizerResult<T>> OnRecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var number = NumberRecognizer.Recognize(turnContext.Activity.Text, ResolveLocale(turnContext, options));
        return Task.FromResult(number is { } value && TryConvert(value, out var converted)
            ? new PromptRecognizerResult<T>(true, converted)
            : new PromptRecognizerResult<T>(false));
    }

    private static bool TryConvert(decimal value, out T converted)
    {
        try
        {
            converted = T.CreateChecked(value);
            // An integer type truncates: 2.5 is no answer to "how many", rather than silently 2.
            return decimal.CreateChecked(converted) == value;
        }
        catch (OverflowException)
        {
            converted = T.Zero;
            return false;
        }
    }
}
