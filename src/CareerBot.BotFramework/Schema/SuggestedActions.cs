namespace CareerBot.BotFramework.Schema;

/// <summary>Quick replies shown under a message; they disappear once the user answers.</summary>
public sealed class SuggestedActions : JsonExtensible
{
    /// <summary>Ids of the recipients who see the actions (empty: everyone).</summary>
    public IList<string>? To { get; set; }
    public IList<CardAction>? Actions { get; set; }
}
