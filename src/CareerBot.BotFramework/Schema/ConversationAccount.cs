namespace CareerBot.BotFramework.Schema;

/// <summary>The conversation an activity belongs to.</summary>
public sealed class ConversationAccount : JsonExtensible
{
    public ConversationAccount() { }

    public ConversationAccount(string? id, string? name = null, bool? isGroup = null)
    {
        Id = id;
        Name = name;
        IsGroup = isGroup;
    }

    public string? Id { get; set; }
    public string? Name { get; set; }
    public bool? IsGroup { get; set; }
    /// <summary>Teams: "personal", "groupChat" or "channel".</summary>
    public string? ConversationType { get; set; }
    public string? TenantId { get; set; }
    public string? AadObjectId { get; set; }
    public string? Role { get; set; }
}
