using CareerBot.BotFramework.Schema;

namespace CareerBot.BotFramework.Dialogs;

/// <summary>
/// A dialog made of steps run in order: each step runs when the previous one's child dialog ends (or the user
/// answers, or the step calls <see cref="WaterfallStepContext.NextAsync"/>), and the dialog ends with the last
/// step's result. The step index, the options and the values are kept in the instance state, so the waterfall
/// resumes at the right step after a restart.
/// </summary>
public class WaterfallDialog : Dialog
{
    private const string StepIndexKey = "stepIndex";
    private const string OptionsKey = "options";
    private const string ValuesKey = "values";

    private readonly List<WaterfallStep> _steps;

    public WaterfallDialog(string dialogId, IEnumerable<WaterfallStep>? steps = null)
        : base(dialogId) => _steps = steps is null ? [] : [.. steps];

    public WaterfallDialog AddStep(WaterfallStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        _steps.Add(step);
        return this;
    }

    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        var state = ActiveState(dc);
        state[OptionsKey] = options;
        state[ValuesKey] = new Dictionary<string, object?>(StringComparer.Ordinal);
        return RunStepAsync(dc, 0, DialogReason.BeginCalled, null, cancellationToken);
    }

    /// <summary>The user's message is the result of the step that waited for it; other activities are ignored.</summary>
    public override Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return dc.Context.Activity.Type == ActivityTypes.Message
            ? ResumeDialogAsync(dc, DialogReason.ContinueCalled, dc.Context.Activity.Text, cancellationToken)
            : Task.FromResult(EndOfTurn);
    }

    public override Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        var index = DialogStateValues.As<int>(ActiveState(dc)[StepIndexKey]);
        return RunStepAsync(dc, index + 1, reason, result, cancellationToken);
    }

    private async Task<DialogTurnResult> RunStepAsync(DialogContext dc, int index, DialogReason reason, object? result, CancellationToken cancellationToken)
    {
        if (index >= _steps.Count)
        {
            return await dc.EndDialogAsync(result, cancellationToken).ConfigureAwait(false);
        }

        var state = ActiveState(dc);
        state[StepIndexKey] = index;
        // After a reload the values are JSON; the typed dictionary is put back so the step's changes are saved.
        var values = DialogStateValues.As<Dictionary<string, object?>>(state[ValuesKey]) ?? new(StringComparer.Ordinal);
        state[ValuesKey] = values;
        var step = new WaterfallStepContext(this, dc, index, reason, state[OptionsKey], result, values);
        return await _steps[index](step, cancellationToken).ConfigureAwait(false);
    }

    private static Dictionary<string, object?> ActiveState(DialogContext dc)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return (dc.ActiveDialog ?? throw new InvalidOperationException("The waterfall is not on the stack.")).State;
    }
}
