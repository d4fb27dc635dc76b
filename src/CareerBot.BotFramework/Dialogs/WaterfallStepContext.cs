namespace CareerBot.BotFramework.Dialogs;

/// <summary>
/// What a waterfall step sees: the stack (it is a <see cref="DialogContext"/>), the step's index, the options the
/// waterfall was begun with, the result of the previous step (a prompt's answer, the user's text…), and
/// <see cref="Values"/>, the waterfall's memory across steps and turns (plain JSON values, see <see cref="DialogInstance"/>).
/// </summary>
public sealed class WaterfallStepContext : DialogContext
{
    private readonly WaterfallDialog _waterfall;
    private bool _nextCalled;

    internal WaterfallStepContext(WaterfallDialog waterfall, DialogContext dc, int index, DialogReason reason, object? options, object? result, IDictionary<string, object?> values)
        : base(dc)
    {
        _waterfall = waterfall;
        Index = index;
        Reason = reason;
        Options = options;
        Result = result;
        Values = values;
    }

    public int Index { get; }

    public DialogReason Reason { get; }

    /// <summary>The options given at begin; a <see cref="System.Text.Json.JsonElement"/> after a reload unless a scalar (read it with <see cref="DialogStateValues.As{T}"/>).</summary>
    public object? Options { get; }

    public object? Result { get; }

    public IDictionary<string, object?> Values { get; }

    /// <summary>Skips to the next step now, handing it <paramref name="result"/>; callable once per step.</summary>
    public Task<DialogTurnResult> NextAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        if (_nextCalled)
        {
            throw new InvalidOperationException($"NextAsync was already called in step {Index} of waterfall '{_waterfall.Id}'.");
        }

        _nextCalled = true;
        return _waterfall.ResumeDialogAsync(this, DialogReason.NextCalled, result, cancellationToken);
    }
}
