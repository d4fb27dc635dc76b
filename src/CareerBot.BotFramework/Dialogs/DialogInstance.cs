using System.Text.Json.Serialization;

namespace CareerBot.BotFramework.Dialogs;

/// <summary>
/// One entry of the dialog stack: which dialog runs, and the state it keeps between turns. The state is saved as
/// JSON with the conversation state, so it must hold plain JSON values: strings, numbers, bools, null,
/// <see cref="System.Text.Json.JsonElement"/>s, or objects that serialize with
/// <see cref="Schema.BotJson.Options"/>. After a reload, strings come back as <see cref="string"/>, bools as
/// <see cref="bool"/>, integers as <see cref="long"/>, other numbers as <see cref="double"/>, and objects and
/// arrays as <see cref="System.Text.Json.JsonElement"/>; <see cref="DialogStateValues.As{T}"/> reads any of them
/// back as the type the dialog stored.
/// </summary>
public sealed class DialogInstance
{
    public DialogInstance() { }

    public DialogInstance(string id) => Id = id;

    public string Id { get; set; } = string.Empty;

    [JsonConverter(typeof(DialogStateDictionaryConverter))]
    public Dictionary<string, object?> State { get; set; } = new(StringComparer.Ordinal);
}
