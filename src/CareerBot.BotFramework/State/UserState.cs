using CareerBot.BotFramework.Builder;

namespace CareerBot.BotFramework.State;

/// <summary>State of one user across conversations on a channel, kept under <c>{channelId}/users/{userId}</c>.</summary>
public class UserState(IStorage storage) : BotState(storage, nameof(UserState))
{
    protected override string GetStorageKey(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        var channelId = RequireActivityField(turnContext, activity.ChannelId, "channelId", nameof(UserState));
        var userId = RequireActivityField(turnContext, activity.From?.Id, "from.id", nameof(UserState));
        return $"{channelId}/users/{userId}";
    }
}
