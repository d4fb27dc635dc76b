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

        // The schema requires 'from' on every activity; user state is keyed by it (found missing by the fuzz test,
        // it failed the advisor's turns deep inside UserState).
        if (string.IsNullOrWhiteSpace(activity.From?.Id))
        {
            return "The activity has no 'from.id'.";
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

        return FindInvalidUnicode(activity);
    }

    /// <summary>
    /// Names the first field the bot reads that holds no valid text, or null: a lone UTF-16 surrogate (JSON lets a
    /// client write <c>"\ud800"</c>) or one of the noncharacters U+FFFE and U+FFFF. Channels never send them, and
    /// Unicode normalization (<see cref="string.Normalize()"/> over ICU) throws on them: refused at the door rather than
    /// met deep inside a turn (the fuzz test found U+FFFE failing the advisor's turns).
    /// </summary>
    public static string? FindInvalidUnicode(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        (string Name, string? Value)[] fields =
        [
            ("type", activity.Type), ("id", activity.Id), ("channelId", activity.ChannelId), ("serviceUrl", activity.ServiceUrl),
            ("conversation.id", activity.Conversation?.Id), ("from.id", activity.From?.Id), ("from.name", activity.From?.Name),
            ("recipient.id", activity.Recipient?.Id), ("text", activity.Text), ("speak", activity.Speak), ("locale", activity.Locale),
            ("name", activity.Name), ("replyToId", activity.ReplyToId), ("deliveryMode", activity.DeliveryMode),
        ];
        foreach (var (name, value) in fields)
        {
            if (value is not null && !IsValidText(value))
            {
                return $"The activity's '{name}' is not valid Unicode text (a lone surrogate, U+FFFE or U+FFFF).";
            }
        }

        return null;
    }

    private static bool IsValidText(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(value[i]) || value[i] is '\uFFFE' or '\uFFFF')
            {
                return false;
            }
        }

        return true;
    }
}
