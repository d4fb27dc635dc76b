namespace CareerBot.BotFramework.Schema;

/// <summary>A page of conversation members (Connector API <c>GET …/pagedmembers</c>).</summary>
public sealed class PagedMembersResult : JsonExtensible
{
    public string? ContinuationToken { get; set; }
    public IList<ChannelAccount> Members { get; set; } = [];
}
