using System.Text.Json;
using System.Text.Json.Serialization;

namespace CareerBot.BotFramework.Schema;

/// <summary>
/// Base of every schema object: JSON properties this model does not know (channel extensions, newer schema
/// fields) are kept here so that they survive a round-trip unchanged.
/// </summary>
public abstract class JsonExtensible
{
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Properties { get; set; }
}
