namespace CareerBot.DirectLine;

/// <summary>Section <c>DirectLine</c>: the self-hosted Direct Line service and the host's token endpoint.</summary>
public sealed class DirectLineOptions
{
    public const string SectionName = "DirectLine";

    /// <summary>
    /// A secret that server-side clients may use as <c>Authorization: Bearer</c> on the self-hosted service. Empty (the
    /// default): only tokens are accepted, and tokens come from <c>POST /api/directline/token</c>.
    /// </summary>
    public string SelfHostedSecret { get; set; } = string.Empty;

    /// <summary>
    /// Base64 HMAC-SHA256 key (at least 32 bytes) that signs the tokens. Empty: a random key per process, so tokens die
    /// with the process and several instances behind one address need this shared key.
    /// </summary>
    public string TokenSigningKey { get; set; } = string.Empty;

    /// <summary>How long a token is valid; Azure Direct Line's are valid 30 minutes too.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>
    /// An Azure Bot Service Direct Line secret. When set, <c>POST /api/directline/token</c> exchanges it with Azure and
    /// the page talks to Azure's Direct Line instead of this one; the secret itself never leaves the server.
    /// </summary>
    public string Secret { get; set; } = string.Empty;

    /// <summary>Azure's Direct Line address (a regional one, e.g. for Europe, may be set instead).</summary>
    public Uri AzureEndpoint { get; set; } = new("https://directline.botframework.com");

    /// <summary>Conversations kept in memory; past it, the least recently active one is forgotten.</summary>
    public int MaxConversations { get; set; } = 10_000;

    /// <summary>Activities kept per conversation for GET activities and reconnects; older ones are dropped.</summary>
    public int MaxActivitiesPerConversation { get; set; } = 500;

    /// <summary>A conversation with no activity for this long is forgotten.</summary>
    public TimeSpan ConversationIdleTimeout { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How often an idle WebSocket stream gets an empty message, so proxies do not close it.</summary>
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(15);
}
