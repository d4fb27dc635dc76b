namespace CareerBot.BotFramework.Schema;

/// <summary>A user or bot on a channel.</summary>
public sealed class ChannelAccount : JsonExtensible
{
    public ChannelAccount() { }

    public ChannelAccount(string? id, string? name = null, string? role = null)
    {
        Id = id;
        Name = name;
        Role = role;
    }

    public string? Id { get; set; }
    public string? Name { get; set; }
    /// <summary>Teams: the Entra object id of the user.</summary>
    public string? AadObjectId { get; set; }
    /// <summary>"user" or "bot".</summary>
    public string? Role { get; set; }
}
