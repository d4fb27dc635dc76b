using CareerBot.BotFramework.Builder;
using CareerBot.BotFramework.State;

namespace CareerBot.BotFramework.Dialogs;

public static class DialogExtensions
{
    /// <summary>
    /// Runs <paramref name="dialog"/> as the root of the conversation's stack kept in <paramref name="accessor"/>:
    /// the active dialog receives the turn, or, when the stack is empty, the dialog begins. The caller saves the
    /// state afterwards (or uses <see cref="AutoSaveStateMiddleware"/>).
    /// </summary>
    public static async Task<DialogTurnResult> RunAsync(this Dialog dialog, ITurnContext turnContext, IStatePropertyAccessor<DialogState> accessor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        ArgumentNullException.ThrowIfNull(accessor);
        var dc = await new DialogSet(accessor).Add(dialog).CreateContextAsync(turnContext, cancellationToken).ConfigureAwait(false);
        var result = await dc.ContinueDialogAsync(cancellationToken).ConfigureAwait(false);
        return result.Status == DialogTurnStatus.Empty
            ? await dc.BeginDialogAsync(dialog.Id, null, cancellationToken).ConfigureAwait(false)
            : result;
    }
}
