using System.Globalization;
using CareerBot.Advisor.Resources;
using CareerBot.BotFramework.Builder;
using CareerBot.BotFramework.Dialogs.Prompts;
using CareerBot.BotFramework.Schema;

namespace CareerBot.Advisor.Conversation.Dialogs;

/// <summary>
/// Asks one <see cref="OptionSet"/> question and ends with the id of the option chosen. The question is written each
/// time it is shown, in the turn's language, so that a user who switches language mid-way, or comes back after a
/// side question (« Reprenons : … »), reads it in the right words. A wrong answer gets help: what was not understood
/// and the numbered answers. Begin it with <see cref="Options"/>.
/// </summary>
internal sealed class OptionPrompt(OptionSet set, string? counter = null) : Prompt<string>(set.Id)
{
    /// <summary>After this many answers not understood, the prompt gives up (ends with a <see cref="PromptResult"/>).</summary>
    public const int MaxAttempts = 3;

    /// <summary>Longest part of a wrong answer quoted back in the help.</summary>
    private const int MaxQuotedLength = 60;

    /// <summary>The prompt's options: it writes its question itself.</summary>
    public static PromptOptions Options => new() { MaxAttempts = MaxAttempts };

    public bool Recognizes(string? text) => set.Recognize(text) is not null;

    protected override Task<PromptRecognizerResult<string>> OnRecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var found = set.Recognize(turnContext.Activity.Text);
        return Task.FromResult(found is null ? new PromptRecognizerResult<string>(false) : new PromptRecognizerResult<string>(true, found));
    }

    protected override async Task OnPromptAsync(ITurnContext turnContext, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var texts = AdvisorTurn.Of(turnContext).Texts;
        var labels = set.Labels(texts).ToList();
        string text;
        if (isRetry)
        {
            var numbered = string.Join("\n", labels.Select((label, i) => string.Create(CultureInfo.InvariantCulture, $"{i + 1}. {label}")));
            var answer = turnContext.Activity.Text?.Trim() ?? string.Empty;
            text = answer.Length == 0
                ? texts.Format(nameof(ConversationMessages.RetryEmpty), numbered)
                : texts.Format(nameof(ConversationMessages.Retry), answer.Length > MaxQuotedLength ? answer[..MaxQuotedLength] + "…" : answer, numbered);
        }
        else
        {
            var resume = AdvisorTurn.Of(turnContext).Resuming ? texts.Get(nameof(ConversationMessages.ResumePrefix)) : string.Empty;
            text = resume + (counter ?? string.Empty) + texts.Get(set.QuestionKey);
        }

        var question = SuggestedActionsRenderer.WithChoices(Activity.CreateMessage(text), labels);
        question.TextFormat = "markdown";
        question.Locale = AdvisorTurn.Of(turnContext).Locale;
        question.InputHint = InputHints.ExpectingInput;
        await turnContext.SendActivityAsync(question, cancellationToken).ConfigureAwait(false);
    }
}
