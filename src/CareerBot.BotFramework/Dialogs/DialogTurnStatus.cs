namespace CareerBot.BotFramework.Dialogs;

/// <summary>Where the dialog stack stands at the end of a call on a <see cref="DialogContext"/>.</summary>
public enum DialogTurnStatus
{
    /// <summary>No dialog was active: nothing happened.</summary>
    Empty,

    /// <summary>A dialog is active and waits for the user's next message.</summary>
    Waiting,

    /// <summary>The last dialog of the stack ended; <see cref="DialogTurnResult.Result"/> holds what it returned.</summary>
    Complete,

    /// <summary>The stack was cancelled.</summary>
    Cancelled,
}
