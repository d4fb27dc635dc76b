using CareerBot.BotFramework.Builder;

namespace CareerBot.BotFramework.Dialogs;

/// <summary>
/// A unit of conversation that can span several turns. It lives on a <see cref="DialogContext"/>'s stack: it is
/// begun, continued with each user message while it is on top, resumed when a dialog it started ends, and ended.
/// A dialog object holds no per-conversation data: what it must remember goes in its
/// <see cref="DialogInstance.State"/>, which is saved between turns.
/// </summary>
public abstract class Dialog
{
    /// <summary>The result a dialog returns when it waits for the user's next message.</summary>
    public static DialogTurnResult EndOfTurn { get; } = new(DialogTurnStatus.Waiting);

    protected Dialog(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        Id = id;
    }

    public string Id { get; }

    /// <summary>Called when the dialog is pushed on the stack (its instance is already the active one).</summary>
    public abstract Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default);

    /// <summary>Called with each user activity while the dialog is on top; by default the dialog ends.</summary>
    public virtual Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return dc.EndDialogAsync(null, cancellationToken);
    }

    /// <summary>Called when a dialog this one started ends with <paramref name="result"/>; by default this one ends with it.</summary>
    public virtual Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return dc.EndDialogAsync(result, cancellationToken);
    }

    /// <summary>Asks the user again for what the dialog waits for; by default nothing is sent.</summary>
    public virtual Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default) =>
        Task.CompletedTask;

    /// <summary>Called once the dialog's instance has been popped off the stack (ended, replaced or cancelled).</summary>
    public virtual Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default) =>
        Task.CompletedTask;
}
