using CareerBot.BotFramework.Builder;

namespace CareerBot.BotFramework.Dialogs.Prompts;

/// <summary>
/// Asks a yes/no question, with yes/no suggested actions in the prompt's language, and ends with a bool. The
/// words understood (« oui », « ouais », « d'accord », « yes », « nope »…) are in the embedded
/// <c>confirm-words.json</c>; an answer that starts with one (« oui, merci ») counts.
/// </summary>
public sealed class ConfirmPrompt(string dialogId, PromptValidator<bool>? validator = null, string defaultLocale = "en")
    : Prompt<bool>(dialogId, validator, defaultLocale)
{
    protected override IEnumerable<string>? SuggestedAnswers(ITurnContext turnContext, PromptOptions options) =>
        PromptResources.Confirm(ResolveLocale(turnContext, options)).Choices;

    protected override Task<PromptRecognizerResult<bool>> OnRecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return Task.FromResult(Recognize(turnContext.Activity.Text, ResolveLocale(turnContext, options)));
    }

    internal static PromptRecognizerResult<bool> Recognize(string? text, string language)
    {
        var answer = TextNormalizer.Normalize(text);
        foreach (var words in PromptResources.ConfirmInPreferenceOrder(language))
        {
            // The longest phrase wins: « absolument pas » is a no although « absolument » is a yes.
            var match = words.Yes.Select(phrase => (Phrase: phrase, Yes: true))
                .Concat(words.No.Select(phrase => (Phrase: phrase, Yes: false)))
                .Where(candidate => TextNormalizer.StartsWithPhrase(answer, candidate.Phrase))
                .OrderByDescending(candidate => candidate.Phrase.Length)
                .FirstOrDefault();
            if (match.Phrase is not null)
            {
                return new PromptRecognizerResult<bool>(true, match.Yes);
            }
        }

        return new PromptRecognizerResult<bool>(false);
    }
}
