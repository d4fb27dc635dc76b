namespace CareerBot.BotFramework.Schema;

/// <summary>Values of <see cref="Activity.DeliveryMode"/>.</summary>
public static class DeliveryModes
{
    public const string Normal = "normal";
    public const string Notification = "notification";
    /// <summary>The caller wants every reply in the HTTP response body instead of through the connector.</summary>
    public const string ExpectReplies = "expectReplies";
    public const string Ephemeral = "ephemeral";
}
