using System.Text.Json;

namespace CareerBot.BotFramework.Schema;

/// <summary>The synchronous answer to an <c>invoke</c> activity: HTTP status and body.</summary>
public sealed class InvokeResponse
{
    public int Status { get; set; }
    public JsonElement? Body { get; set; }
}
