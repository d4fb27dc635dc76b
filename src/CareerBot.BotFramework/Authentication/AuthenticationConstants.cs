namespace CareerBot.BotFramework.Authentication;

/// <summary>Fixed values of the Bot Framework authentication protocol (public Azure cloud).</summary>
public static class AuthenticationConstants
{
    /// <summary>Issuer of the tokens that Bot Framework channels send to bots.</summary>
    public const string ChannelTokenIssuer = "https://api.botframework.com";

    /// <summary>Tenant that issues a multi-tenant bot's outbound tokens.</summary>
    public const string DefaultChannelAuthTenant = "botframework.com";

    /// <summary>Claim of a channel token naming the service URL the channel posts from.</summary>
    public const string ServiceUrlClaim = "serviceurl";

    /// <summary>Claim giving an Entra token's version (<c>1.0</c> or <c>2.0</c>).</summary>
    public const string VersionClaim = "ver";

    /// <summary>Claim of an Entra v1 token naming the client application that asked for it.</summary>
    public const string AppIdClaim = "appid";

    /// <summary>Claim of an Entra v2 token naming the client application that asked for it.</summary>
    public const string AuthorizedPartyClaim = "azp";

    /// <summary>JWK member listing the channel ids a Bot Framework signing key may sign for.</summary>
    public const string EndorsementsMember = "endorsements";

    /// <summary>Tolerance on token lifetimes, the same as the official SDK's.</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Entra tenants whose tokens the Bot Framework Emulator sends: botframework.com (security protocol v3.1),
    /// the tenant used since protocol v3.2, and Microsoft's corporate tenant, as listed by the official SDKs.
    /// </summary>
    public static IReadOnlyList<string> EmulatorTenantIds { get; } =
    [
        "d6d49420-f39b-4df7-a1dc-d59a935871db",
        "f8cdef31-a31e-4b4a-93e4-5f571e91255a",
        "72f988bf-86f1-41af-91ab-2d7cd011db47",
    ];

    /// <summary>Issuer of an Entra v1 token of <paramref name="tenantId"/>.</summary>
    public static string EntraV1Issuer(string tenantId) => $"https://sts.windows.net/{tenantId}/";

    /// <summary>Issuer of an Entra v2 token of <paramref name="tenantId"/>.</summary>
    public static string EntraV2Issuer(string tenantId) => $"https://login.microsoftonline.com/{tenantId}/v2.0";
}
