using System.Net;
using System.Text.Json;

namespace CareerBot.BotFramework.Schema;

/// <summary>
/// The body of the answer to an <c>adaptiveCard/action</c> invoke: a message the client shows, a card that replaces
/// the one clicked, or an error. Its <see cref="StatusCode"/> is read by the client; the HTTP status of the invoke
/// itself is 200 whenever the bot understood the request.
/// </summary>
public sealed class AdaptiveCardInvokeResponse
{
    /// <summary><see cref="Value"/> is a string, shown to the user.</summary>
    public const string MessageType = "application/vnd.microsoft.activity.message";

    /// <summary><see cref="Value"/> is an Adaptive Card, which replaces the card clicked.</summary>
    public const string CardType = "application/vnd.microsoft.card.adaptive";

    /// <summary><see cref="Value"/> is <c>{"code":…,"message":…}</c>.</summary>
    public const string ErrorType = "application/vnd.microsoft.error";

    public int StatusCode { get; set; }
    public string? Type { get; set; }
    public JsonElement? Value { get; set; }

    public static AdaptiveCardInvokeResponse Message(string text) =>
        new() { StatusCode = (int)HttpStatusCode.OK, Type = MessageType, Value = BotJson.ToElement(text) };

    public static AdaptiveCardInvokeResponse Card(object card) =>
        new() { StatusCode = (int)HttpStatusCode.OK, Type = CardType, Value = BotJson.ToElement(card) };

    public static AdaptiveCardInvokeResponse Error(HttpStatusCode status, string code, string message) =>
        new() { StatusCode = (int)status, Type = ErrorType, Value = BotJson.ToElement(new { code, message }) };
}
