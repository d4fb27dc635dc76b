using CareerBot.BotFramework.Schema;

namespace CareerBot.BotFramework.Integration;

/// <summary>Checks the fields without which an incoming activity cannot be processed or answered.</summary>
public static class ActivityValidator
{
    /// <summary>Returns why the activity is unusable, or null when it is fine.</summary>
    public static string? Validate(Activity? activity)
    {
        if (activity is null)
        {
            return "The request body must be an activity object.";
        }

        if (string.IsNullOrWhiteSpace(activity.Type))
        {
            return "The activity has no 'type'.";
        }

        if (string.IsNullOrWhiteSpace(activity.ChannelId))
        {
            return "The activity has no 'channelId'.";
        }

        if (string.IsNullOrWhiteSpace(activity.Conversation?.Id))
        {
            return "The activity has no 'conversation.id'.";
        }

        if (string.IsNullOrWhiteSpace(activity.ServiceUrl))
        {
            return "The activity has no 'serviceUrl'.";
        }

        if (!Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var serviceUrl)
            || (serviceUrl.Scheme != Uri.UriSchemeHttps && serviceUrl.Scheme != Uri.UriSchemeHttp))
        {
            return "The activity's 'serviceUrl' is not an absolute http(s) URL.";
        }

        return null;
    }
}
