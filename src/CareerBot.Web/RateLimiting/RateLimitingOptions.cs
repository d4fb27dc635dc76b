namespace CareerBot.Web.RateLimiting;

/// <summary>
/// Section <c>RateLimiting</c>: token buckets per client IP address and per conversation. The defaults sit far above
/// what people do, so that only floods meet them (see docs/security.md, "Rate limits").
/// </summary>
public sealed class RateLimitingOptions
{
    public const string SectionName = "RateLimiting";

    /// <summary>
    /// Every request to <c>/api/messages</c>, <c>/v3/directline/…</c> and <c>/api/directline/token</c>, per client IP
    /// (IPv6: per /64). Sized for many users behind one address: a corporate NAT, and above all Azure Bot Service,
    /// whose few outbound IPs carry every channel's traffic to the bot.
    /// </summary>
    public TokenBucketSettings PerIp { get; set; } = new() { PermitsPerSecond = 50, Burst = 200 };

    /// <summary>
    /// Activities of one conversation (<c>/api/messages</c>, once authenticated; Direct Line posts). A Teams group chat
    /// puts many people in one conversation, hence a burst well above one person's typing speed.
    /// </summary>
    public TokenBucketSettings PerConversation { get; set; } = new() { PermitsPerSecond = 5, Burst = 30 };
}

/// <summary>One token bucket: <see cref="Burst"/> permits at most, refilled at <see cref="PermitsPerSecond"/>.</summary>
public sealed class TokenBucketSettings
{
    /// <summary>Sustained rate; 0 turns this limiter off.</summary>
    public double PermitsPerSecond { get; set; }

    /// <summary>Permits available at once (the bucket's size).</summary>
    public int Burst { get; set; }

    public bool Enabled => PermitsPerSecond > 0;
}
