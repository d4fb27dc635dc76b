namespace CareerBot.BotFramework.Schema;

/// <summary>The HTTP response body of a turn sent with <c>deliveryMode: expectReplies</c>.</summary>
public sealed class ExpectedReplies : JsonExtensible
{
    public IList<Activity> Activities { get; set; } = [];
}
