namespace CareerBot.Advisor.Conversation;

/// <summary>What a whole message (or a card button) asks the bot to do, whatever dialog is going on.</summary>
public enum Command
{
    Help,
    Menu,
    Cancel,
    Restart,
    English,
    French,
    AutoLanguage,
    Tour,
    Profile,
    MyProfile,
    Question,
    Like,
    Dislike,

    /// <summary>Which articles the last answer comes from (« source ? », « d'où ça vient ? »).</summary>
    Sources,
}
