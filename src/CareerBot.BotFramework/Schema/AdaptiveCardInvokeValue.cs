namespace CareerBot.BotFramework.Schema;

/// <summary>
/// The value of an <c>adaptiveCard/action</c> invoke (Adaptive Card Universal Actions): the action and what triggered
/// it, <c>manual</c> for a click or <c>automatic</c> for a card refresh.
/// </summary>
public sealed class AdaptiveCardInvokeValue : JsonExtensible
{
    /// <summary>The <see cref="Activity.Name"/> of the invoke a channel sends for an <c>Action.Execute</c>.</summary>
    public const string InvokeName = "adaptiveCard/action";

    public AdaptiveCardInvokeAction? Action { get; set; }
    public string? Trigger { get; set; }
}
