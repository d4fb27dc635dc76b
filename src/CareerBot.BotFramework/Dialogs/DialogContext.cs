using CareerBot.BotFramework.Builder;
using CareerBot.BotFramework.Dialogs.Prompts;

namespace CareerBot.BotFramework.Dialogs;

/// <summary>
/// A dialog stack in one turn: starts, continues, ends and cancels the dialogs of <see cref="Dialogs"/> (or of
/// the parent contexts, for a component's inner stack). The stack's top is index 0.
/// </summary>
public class DialogContext
{
    public DialogContext(DialogSet dialogs, ITurnContext turnContext, DialogState state, DialogContext? parent = null)
    {
        ArgumentNullException.ThrowIfNull(dialogs);
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(state);
        Dialogs = dialogs;
        Context = turnContext;
        State = state;
        Parent = parent;
    }

    /// <summary>A context over the same stack as <paramref name="other"/>, for subclasses such as a waterfall step's.</summary>
    protected DialogContext(DialogContext other)
        : this(Guard(other).Dialogs, other.Context, other.State, other.Parent)
    {
    }

    public DialogSet Dialogs { get; }

    public ITurnContext Context { get; }

    public DialogState State { get; }

    /// <summary>The context of the component dialog that owns this stack; null for the root stack.</summary>
    public DialogContext? Parent { get; }

    public IList<DialogInstance> Stack => State.DialogStack;

    public DialogInstance? ActiveDialog => State.DialogStack.Count > 0 ? State.DialogStack[0] : null;

    /// <summary>The dialog with this id in this context's set, else in a parent's.</summary>
    public Dialog? FindDialog(string dialogId) => Dialogs.Find(dialogId) ?? Parent?.FindDialog(dialogId);

    /// <summary>Pushes the dialog <paramref name="dialogId"/> on the stack and begins it.</summary>
    public async Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dialogId);
        var dialog = FindDialog(dialogId)
            ?? throw new InvalidOperationException($"No dialog with id '{dialogId}' was found; add it to the dialog set (or the component) first.");
        State.DialogStack.Insert(0, new DialogInstance(dialogId));
        return await dialog.BeginDialogAsync(this, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Begins a prompt: <see cref="BeginDialogAsync"/> with prompt options.</summary>
    public Task<DialogTurnResult> PromptAsync(string dialogId, PromptOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        return BeginDialogAsync(dialogId, options, cancellationToken);
    }

    /// <summary>Hands the turn's activity to the active dialog; <see cref="DialogTurnStatus.Empty"/> when there is none.</summary>
    public async Task<DialogTurnResult> ContinueDialogAsync(CancellationToken cancellationToken = default)
    {
        if (ActiveDialog is not { } active)
        {
            return new DialogTurnResult(DialogTurnStatus.Empty);
        }

        var dialog = FindActive(active);
        return await dialog.ContinueDialogAsync(this, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Ends the active dialog and resumes the one below it with <paramref name="result"/>, or completes the stack.</summary>
    public async Task<DialogTurnResult> EndDialogAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        await EndActiveDialogAsync(DialogReason.EndCalled, cancellationToken).ConfigureAwait(false);
        if (ActiveDialog is not { } parent)
        {
            return new DialogTurnResult(DialogTurnStatus.Complete, result);
        }

        var dialog = FindActive(parent);
        return await dialog.ResumeDialogAsync(this, DialogReason.EndCalled, result, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Ends the active dialog without resuming the one below, and begins <paramref name="dialogId"/> in its place (a loop).</summary>
    public async Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        await EndActiveDialogAsync(DialogReason.ReplaceCalled, cancellationToken).ConfigureAwait(false);
        return await BeginDialogAsync(dialogId, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Ends every dialog of the stack, top first; <see cref="DialogTurnStatus.Empty"/> when it was already empty.</summary>
    public async Task<DialogTurnResult> CancelAllDialogsAsync(CancellationToken cancellationToken = default)
    {
        if (State.DialogStack.Count == 0)
        {
            return new DialogTurnResult(DialogTurnStatus.Empty);
        }

        while (State.DialogStack.Count > 0)
        {
            await EndActiveDialogAsync(DialogReason.CancelCalled, cancellationToken).ConfigureAwait(false);
        }

        return new DialogTurnResult(DialogTurnStatus.Cancelled);
    }

    /// <summary>Has the active dialog ask its question again (after an interruption, say).</summary>
    public async Task RepromptDialogAsync(CancellationToken cancellationToken = default)
    {
        if (ActiveDialog is { } active)
        {
            await FindActive(active).RepromptDialogAsync(Context, active, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task EndActiveDialogAsync(DialogReason reason, CancellationToken cancellationToken)
    {
        if (ActiveDialog is not { } active)
        {
            return;
        }

        // Popped first, so that the dialog's end handler sees the stack it leaves behind.
        State.DialogStack.RemoveAt(0);
        await FindActive(active).EndDialogAsync(Context, active, reason, cancellationToken).ConfigureAwait(false);
    }

    private Dialog FindActive(DialogInstance instance) =>
        FindDialog(instance.Id)
        ?? throw new InvalidOperationException($"The stack holds dialog '{instance.Id}', which is in no dialog set: was it renamed or removed since the state was saved?");

    private static DialogContext Guard(DialogContext other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return other;
    }
}
