namespace CareerBot.BotFramework.Dialogs;

/// <summary>Why a dialog is resumed or ended.</summary>
public enum DialogReason
{
    /// <summary>The dialog was just started.</summary>
    BeginCalled,

    /// <summary>The user sent a message to the active dialog.</summary>
    ContinueCalled,

    /// <summary>The dialog ended normally (for a resume: the child it started ended).</summary>
    EndCalled,

    /// <summary>The dialog was replaced by another one.</summary>
    ReplaceCalled,

    /// <summary>The stack was cancelled.</summary>
    CancelCalled,

    /// <summary>A waterfall step skipped to the next step.</summary>
    NextCalled,
}
