namespace CareerBot.BotFramework.Schema;

/// <summary>The id a channel gives to an activity it accepted.</summary>
public sealed class ResourceResponse : JsonExtensible
{
    public ResourceResponse() { }

    public ResourceResponse(string? id) => Id = id;

    public string? Id { get; set; }
}
