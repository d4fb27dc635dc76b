using CareerBot.BotFramework.Builder;

namespace CareerBot.BotFramework.Dialogs;

/// <summary>
/// A dialog made of other dialogs: it runs its own inner stack, kept in its instance state, starting with
/// <see cref="InitialDialogId"/>, and ends when that stack completes, with its result. Its inner dialogs are
/// invisible from outside, so components can be reused without id clashes.
/// Override <see cref="OnInterruptAsync"/> to answer an off-topic message in the middle: the interrupted inner
/// dialog then asks its question again instead of receiving the message.
/// </summary>
public class ComponentDialog : Dialog
{
    private const string InnerStateKey = "dialogs";

    public ComponentDialog(string dialogId)
        : base(dialogId)
    {
    }

    /// <summary>The inner dialog begun with the component; the first one added unless set.</summary>
    public string? InitialDialogId { get; set; }

    protected DialogSet Dialogs { get; } = new();

    public ComponentDialog AddDialog(Dialog dialog)
    {
        Dialogs.Add(dialog);
        InitialDialogId ??= dialog.Id;
        return this;
    }

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var initial = InitialDialogId ?? throw new InvalidOperationException($"Component '{Id}' has no dialog to begin with.");
        var inner = CreateInnerContext(dc, dc.ActiveDialog!);
        var result = await inner.BeginDialogAsync(initial, options, cancellationToken).ConfigureAwait(false);
        return await EndIfInnerStackEndedAsync(dc, result, cancellationToken).ConfigureAwait(false);
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var inner = CreateInnerContext(dc, dc.ActiveDialog!);
        if (inner.ActiveDialog is not null && await OnInterruptAsync(inner, cancellationToken).ConfigureAwait(false))
        {
            await inner.RepromptDialogAsync(cancellationToken).ConfigureAwait(false);
            return EndOfTurn;
        }

        var result = await inner.ContinueDialogAsync(cancellationToken).ConfigureAwait(false);
        return await EndIfInnerStackEndedAsync(dc, result, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The component started a dialog on the outer stack, which ended: ask the inner question again and wait.</summary>
    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        await RepromptDialogAsync(dc.Context, dc.ActiveDialog!, cancellationToken).ConfigureAwait(false);
        return EndOfTurn;
    }

    public override Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default) =>
        InnerContext(turnContext, instance).RepromptDialogAsync(cancellationToken);

    /// <summary>Cancelling the component cancels its inner dialogs, so each can clean up.</summary>
    public override async Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default)
    {
        if (reason == DialogReason.CancelCalled)
        {
            await InnerContext(turnContext, instance).CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Called with each user message before the inner dialog sees it. Return true when the message was handled
    /// here (an answer to a side question was sent, say): the inner dialog is then re-prompted and the message
    /// is not handed to it. The default handles nothing.
    /// </summary>
    protected virtual Task<bool> OnInterruptAsync(DialogContext innerDc, CancellationToken cancellationToken) => Task.FromResult(false);

    private static async Task<DialogTurnResult> EndIfInnerStackEndedAsync(DialogContext dc, DialogTurnResult inner, CancellationToken cancellationToken) =>
        inner.Status == DialogTurnStatus.Waiting
            ? EndOfTurn
            : await dc.EndDialogAsync(inner.Result, cancellationToken).ConfigureAwait(false);

    private DialogContext CreateInnerContext(DialogContext dc, DialogInstance instance) => new(Dialogs, dc.Context, InnerState(instance), dc);

    /// <summary>Without the outer context, for reprompt and end: the inner dialogs then see only the component's set.</summary>
    private DialogContext InnerContext(ITurnContext turnContext, DialogInstance instance) => new(Dialogs, turnContext, InnerState(instance));

    private static DialogState InnerState(DialogInstance instance)
    {
        // After a reload the inner stack is JSON; the typed stack is put back so its changes are saved.
        var state = DialogStateValues.As<DialogState>(instance.State.GetValueOrDefault(InnerStateKey)) ?? new DialogState();
        instance.State[InnerStateKey] = state;
        return state;
    }
}
