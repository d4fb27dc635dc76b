namespace CareerBot.BotFramework.Dialogs;

/// <summary>
/// The dialog stack of a conversation, top first. It is what a <see cref="DialogSet"/>'s
/// <see cref="State.IStatePropertyAccessor{T}"/> persists between turns, as JSON.
/// </summary>
public sealed class DialogState
{
    public List<DialogInstance> DialogStack { get; set; } = [];
}
