namespace CareerBot.Advisor.Conversation.Dialogs;

/// <summary>
/// Where the guided tour is: the step, and whether the step's answer was already shown (the tour is coming back
/// to its choices after a question).
/// </summary>
internal sealed class TourPosition
{
    public int Step { get; set; }

    public bool Resume { get; set; }
}
