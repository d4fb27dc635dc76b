using CareerBot.BotFramework.Builder;
using CareerBot.BotFramework.Schema;

namespace CareerBot.BotFramework.Dialogs.Prompts;

/// <summary>
/// A dialog that asks one question and ends with the answer, recognised as a <typeparamref name="T"/>. An answer
/// that is not understood, or that the validator rejects, is asked again with the retry prompt; after
/// <see cref="PromptOptions.MaxAttempts"/> such answers the prompt ends with a <see cref="PromptResult"/>.
/// </summary>
public abstract class Prompt<T> : Dialog
{
    private const string OptionsKey = "options";
    private const string AttemptsKey = "attempts";

    private readonly PromptValidator<T>? _validator;

    protected Prompt(string dialogId, PromptValidator<T>? validator = null)
        : base(dialogId) => _validator = validator;

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var promptOptions = options as PromptOptions
            ?? throw new ArgumentException($"Prompt '{Id}' must be begun with PromptOptions (DialogContext.PromptAsync).", nameof(options));
        if (promptOptions.MaxAttempts is < 1)
        {
            throw new ArgumentException("MaxAttempts must be at least 1.", nameof(options));
        }

        var state = dc.ActiveDialog!.State;
        state[OptionsKey] = promptOptions;
        state[AttemptsKey] = 0;
        await OnPromptAsync(dc.Context, promptOptions, isRetry: false, cancellationToken).ConfigureAwait(false);
        return EndOfTurn;
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (dc.Context.Activity.Type != ActivityTypes.Message)
        {
            return EndOfTurn;
        }

        var state = dc.ActiveDialog!.State;
        var options = ReadOptions(state);
        var attempts = DialogStateValues.As<int>(state[AttemptsKey]) + 1;
        state[AttemptsKey] = attempts;

        var recognized = await OnRecognizeAsync(dc.Context, options, cancellationToken).ConfigureAwait(false);
        var valid = _validator is null
            ? recognized.Succeeded
            : await _validator(new PromptValidatorContext<T>(dc.Context, recognized, options, attempts), cancellationToken).ConfigureAwait(false);
        if (valid)
        {
            return await dc.EndDialogAsync(recognized.Value, cancellationToken).ConfigureAwait(false);
        }

        if (attempts >= options.MaxAttempts)
        {
            return await dc.EndDialogAsync(new PromptResult(Id, attempts), cancellationToken).ConfigureAwait(false);
        }

        if (!dc.Context.Responded)
        {
            await OnPromptAsync(dc.Context, options, isRetry: true, cancellationToken).ConfigureAwait(false);
        }

        return EndOfTurn;
    }

    /// <summary>A dialog the prompt started ended: ask again and wait.</summary>
    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        await RepromptDialogAsync(dc.Context, dc.ActiveDialog!, cancellationToken).ConfigureAwait(false);
        return EndOfTurn;
    }

    public override Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return OnPromptAsync(turnContext, ReadOptions(instance.State), isRetry: false, cancellationToken);
    }

    /// <summary>
    /// Sends the question (or, on a retry, the retry prompt if there is one), with the answers of
    /// <see cref="SuggestedAnswers"/> as suggested actions when the prompt has some.
    /// </summary>
    protected virtual async Task OnPromptAsync(ITurnContext turnContext, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var activity = isRetry && options.RetryPrompt is not null ? options.RetryPrompt : options.Prompt;
        if (activity is not null)
        {
            var question = CopyOf(activity);
            var answers = SuggestedAnswers(turnContext, options);
            await turnContext.SendActivityAsync(answers is null ? question : SuggestedActionsRenderer.WithChoices(question, answers), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The answers to offer as buttons (a choice list), or null for a free answer.</summary>
    protected virtual IEnumerable<string>? SuggestedAnswers(ITurnContext turnContext, PromptOptions options) => null;

    /// <summary>Reads the user's message as a <typeparamref name="T"/>.</summary>
    protected abstract Task<PromptRecognizerResult<T>> OnRecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken);

    /// <summary>
    /// A copy to send: sending fills in routing fields, which must not leak into the options saved in the state,
    /// and the same question may be sent again later.
    /// </summary>
    protected static Activity CopyOf(Activity activity) => BotJson.Deserialize<Activity>(BotJson.Serialize(activity))!;

    private static PromptOptions ReadOptions(Dictionary<string, object?> state) =>
        DialogStateValues.As<PromptOptions>(state[OptionsKey]) ?? throw new InvalidOperationException("The prompt's state holds no options.");
}
