using CareerBot.BotFramework.Schema;

namespace CareerBot.BotFramework.Builder;

/// <summary>
/// The convention by which a bot hands the synchronous answer of an invoke to the adapter: it "sends" an
/// activity of type <c>invokeResponse</c> whose value is the <see cref="InvokeResponse"/>; the adapter keeps it
/// in the turn state under <see cref="TurnStateKey"/> instead of sending it to the channel.
/// </summary>
public static class InvokeResponses
{
    public const string TurnStateKey = "BotFrameworkAdapter.InvokeResponse";

    public static Activity CreateActivity(InvokeResponse response) => new()
    {
        Type = ActivityTypes.InvokeResponse,
        Value = BotJson.ToElement(response),
    };
}
