namespace CareerBot.BotFramework.Schema.Entities;

/// <summary>
/// Reads and removes @mentions. In a Teams channel or group chat the bot only hears messages that mention it, and the
/// text then starts (or ends) with <c>&lt;at&gt;CareerBot&lt;/at&gt;</c>: the bot must read what follows, not its name.
/// </summary>
public static class ActivityMentionExtensions
{
    /// <summary>Every <c>mention</c> entity of the activity, in order; a null in the entities (JSON <c>null</c>) is none.</summary>
    public static IReadOnlyList<MentionEntity> GetMentions(this Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.Entities?.OfType<Entity>().Select(MentionEntity.FromEntity).OfType<MentionEntity>().ToList() ?? [];
    }

    /// <summary>
    /// Removes from <see cref="Activity.Text"/> the mentions of the bot that received it (<see cref="Activity.Recipient"/>),
    /// and only those: a user mentioned in the question stays in it. Returns the new text, trimmed.
    /// </summary>
    public static string? RemoveRecipientMention(this Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.Recipient?.Id is { Length: > 0 } botId ? activity.RemoveMentionText(botId) : activity.Text;
    }

    /// <summary>
    /// Removes from <see cref="Activity.Text"/> the text of each mention of <paramref name="id"/>; the text is trimmed
    /// when a mention was removed and left as it was otherwise. Returns the new text.
    /// </summary>
    public static string? RemoveMentionText(this Activity activity, string id)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentException.ThrowIfNullOrEmpty(id);
        if (string.IsNullOrEmpty(activity.Text))
        {
            return activity.Text;
        }

        var removed = false;
        foreach (var mention in activity.GetMentions())
        {
            if (mention.Mentioned?.Id == id && !string.IsNullOrEmpty(mention.Text) && activity.Text.Contains(mention.Text, StringComparison.Ordinal))
            {
                activity.Text = activity.Text.Replace(mention.Text, string.Empty, StringComparison.Ordinal);
                removed = true;
            }
        }

        if (removed)
        {
            activity.Text = activity.Text.Trim();
        }

        return activity.Text;
    }
}
