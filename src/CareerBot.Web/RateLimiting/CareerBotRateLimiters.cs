using System.Buffers.Binary;
using System.Net.Sockets;
using System.Threading.RateLimiting;
using CareerBot.BotFramework.Schema;
using Microsoft.Extensions.Options;

namespace CareerBot.Web.RateLimiting;

/// <summary>
/// The host's limiters, built from <see cref="RateLimitingOptions"/>; a limiter set to 0 is null (no cost at all).
/// <see cref="Requests"/> runs in ASP.NET Core's middleware, before anything reads the body: per client IP, and per
/// Direct Line conversation (its id is in the route). <see cref="Activities"/> runs in the CloudAdapter once the
/// activity is read and authenticated: per Bot Framework conversation.
/// </summary>
internal sealed class CareerBotRateLimiters
{
    public const string PerIpName = "per-IP";
    public const string PerConversationName = "per-conversation";

    private const string DirectLineActivitiesRoute = "/v3/directline/conversations/{conversationId}/activities";

    public CareerBotRateLimiters(IOptions<RateLimitingOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        var limits = options.Value;
        var requestLimiters = new List<PartitionedRateLimiter<HttpContext>>();
        if (limits.PerIp.Enabled)
        {
            requestLimiters.Add(new HashedRateLimiter<HttpContext>(PerIpName, new HashedTokenBuckets(limits.PerIp, time), ClientAddressPartition));
        }

        if (limits.PerConversation.Enabled)
        {
            // One set of buckets for both entry points; Bot Framework and Direct Line ids are hashed apart.
            var conversations = new HashedTokenBuckets(limits.PerConversation, time);
            requestLimiters.Add(new HashedRateLimiter<HttpContext>(PerConversationName, conversations, DirectLineConversationPartition));
            Activities = new HashedRateLimiter<Activity>(PerConversationName, conversations, activity => HashCode.Combine(1, activity.ChannelId, activity.Conversation?.Id));
        }

        Requests = requestLimiters.Count switch
        {
            0 => null,
            1 => requestLimiters[0],
            _ => PartitionedRateLimiter.CreateChained([.. requestLimiters]),
        };
    }

    public PartitionedRateLimiter<HttpContext>? Requests { get; }

    public PartitionedRateLimiter<Activity>? Activities { get; }

    /// <summary>The public endpoints only: health probes and the page's static files are never limited.</summary>
    private static bool IsPublicEndpoint(PathString path) =>
        path.StartsWithSegments("/api/messages", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/v3/directline", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/api/directline/token", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The client's address: IPv4 as is, IPv6 by its /64 (a subscriber gets a whole /64: single addresses would let
    /// one client be millions). No address (in-memory test server, Unix socket): not limited.
    /// </summary>
    private static int? ClientAddressPartition(HttpContext context)
    {
        if (!IsPublicEndpoint(context.Request.Path) || context.Connection.RemoteIpAddress is not { } address)
        {
            return null;
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        Span<byte> bytes = stackalloc byte[16];
        if (!address.TryWriteBytes(bytes, out var written))
        {
            return null;
        }

        return address.AddressFamily == AddressFamily.InterNetworkV6
            ? HashCode.Combine(6, BinaryPrimitives.ReadInt64BigEndian(bytes))
            : HashCode.Combine(4, BinaryPrimitives.ReadInt32BigEndian(bytes[..written]));
    }

    /// <summary>A Direct Line post of an activity: its conversation, from the route.</summary>
    private static int? DirectLineConversationPartition(HttpContext context) =>
        HttpMethods.IsPost(context.Request.Method)
        && context.GetEndpoint() is RouteEndpoint { RoutePattern.RawText: DirectLineActivitiesRoute }
        && context.GetRouteValue("conversationId") is string conversationId
            ? HashCode.Combine(2, conversationId)
            : null;
}
