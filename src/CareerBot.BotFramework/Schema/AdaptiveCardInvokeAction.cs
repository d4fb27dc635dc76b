using System.Text.Json;

namespace CareerBot.BotFramework.Schema;

/// <summary>The action a user took on an Adaptive Card: <c>{"type":"Action.Execute","id":…,"verb":…,"data":{…}}</c>.</summary>
public sealed class AdaptiveCardInvokeAction : JsonExtensible
{
    public const string ExecuteType = "Action.Execute";

    public string? Type { get; set; }
    public string? Id { get; set; }
    /// <summary>What the button asks the bot to do, chosen by the card's author.</summary>
    public string? Verb { get; set; }
    /// <summary>The button's data merged with the card's inputs.</summary>
    public JsonElement? Data { get; set; }
}
