using System.Text.Json;

namespace CareerBot.BotFramework.Schema;

/// <summary>A clickable action: a button of a card or a suggested action.</summary>
public sealed class CardAction : JsonExtensible
{
    public CardAction() { }

    public CardAction(string type, string title, JsonElement? value = null)
    {
        Type = type;
        Title = title;
        Value = value;
    }

    /// <summary>See <see cref="ActionTypes"/>.</summary>
    public string? Type { get; set; }
    public string? Title { get; set; }
    public string? Image { get; set; }
    public string? Text { get; set; }
    public string? DisplayText { get; set; }
    public JsonElement? Value { get; set; }
    public JsonElement? ChannelData { get; set; }
}
