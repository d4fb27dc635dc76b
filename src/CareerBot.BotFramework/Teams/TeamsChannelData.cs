using System.Text.Json;
using System.Text.Json.Nodes;
using CareerBot.BotFramework.Schema;

namespace CareerBot.BotFramework.Teams;

/// <summary>The Teams fields of an outgoing message's <c>channelData</c>.</summary>
public static class TeamsChannelData
{
    /// <summary>
    /// Turns Teams' feedback loop on for <paramref name="message"/>: Teams draws 👍/👎 under it and sends the choice back
    /// as a <see cref="TeamsFeedback"/> invoke. The message's other channel data is kept.
    /// </summary>
    public static Activity WithFeedbackLoop(Activity message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var data = message.ChannelData is { ValueKind: JsonValueKind.Object } existing
            ? JsonObject.Create(existing)!.DeepClone().AsObject()
            : [];
        data["feedbackLoopEnabled"] = true;
        message.ChannelData = BotJson.ToElement(data);
        return message;
    }
}
