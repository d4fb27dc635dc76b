using CareerBot.BotFramework.Schema;

namespace CareerBot.BotFramework.Connector;

/// <summary>
/// The Bot Connector REST API (v3) of one channel service URL: what a bot calls to talk into a conversation.
/// </summary>
public interface IConnectorClient
{
    /// <summary>The channel service this client talks to.</summary>
    Uri ServiceUrl { get; }

    /// <summary><c>POST /v3/conversations/{conversationId}/activities</c>.</summary>
    Task<ResourceResponse> SendToConversationAsync(Activity activity, CancellationToken cancellationToken = default);

    /// <summary><c>POST /v3/conversations/{conversationId}/activities/{activityId}</c>.</summary>
    Task<ResourceResponse> ReplyToActivityAsync(Activity activity, CancellationToken cancellationToken = default);

    /// <summary><c>PUT /v3/conversations/{conversationId}/activities/{activityId}</c>.</summary>
    Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken = default);

    /// <summary><c>DELETE /v3/conversations/{conversationId}/activities/{activityId}</c>.</summary>
    Task DeleteActivityAsync(string conversationId, string activityId, CancellationToken cancellationToken = default);

    /// <summary><c>GET /v3/conversations/{conversationId}/members</c>.</summary>
    Task<IReadOnlyList<ChannelAccount>> GetConversationMembersAsync(string conversationId, CancellationToken cancellationToken = default);

    /// <summary><c>GET /v3/conversations/{conversationId}/members/{memberId}</c>.</summary>
    Task<ChannelAccount> GetConversationMemberAsync(string conversationId, string memberId, CancellationToken cancellationToken = default);
}
