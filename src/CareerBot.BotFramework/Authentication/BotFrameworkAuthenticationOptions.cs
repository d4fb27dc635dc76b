namespace CareerBot.BotFramework.Authentication;

/// <summary>
/// The bot's identity and the Bot Framework endpoints, bound from the configuration root with the setting names
/// of the official SDK (<c>MicrosoftAppId</c>, <c>MicrosoftAppPassword</c>, ...), so existing App Service
/// settings and bot templates work unchanged. Endpoints default to the public Azure cloud.
/// </summary>
public sealed class BotFrameworkAuthenticationOptions
{
    /// <summary>The bot's app (client) id; empty means anonymous local mode (Emulator without credentials).</summary>
    public string? MicrosoftAppId { get; set; }

    /// <summary>Client secret of the app registration (MultiTenant and SingleTenant).</summary>
    public string? MicrosoftAppPassword { get; set; }

    /// <summary>
    /// <c>MultiTenant</c> (default, also when empty as in the bot templates), <c>SingleTenant</c> or
    /// <c>UserAssignedMSI</c>. Kept as text because the templates ship it empty, which an enum cannot bind.
    /// </summary>
    public string? MicrosoftAppType { get; set; }

    /// <summary>Tenant of a SingleTenant bot; its Entra tokens are also accepted from the Emulator.</summary>
    public string? MicrosoftAppTenantId { get; set; }

    /// <summary>OpenID metadata of the Bot Framework token service (channel tokens and their endorsed keys).</summary>
    public string BotOpenIdMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>Entra v1 OpenID metadata, whose keys sign the Emulator's v1 tokens.</summary>
    public string EmulatorOpenIdMetadataUrlV1 { get; set; } = "https://login.microsoftonline.com/common/.well-known/openid-configuration";

    /// <summary>Entra v2 OpenID metadata, whose keys sign the Emulator's v2 tokens.</summary>
    public string EmulatorOpenIdMetadataUrlV2 { get; set; } = "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration";

    /// <summary>Entra login host; the tenant (botframework.com or <see cref="MicrosoftAppTenantId"/>) is appended.</summary>
    public string ToChannelFromBotLoginUrlPrefix { get; set; } = "https://login.microsoftonline.com/";

    /// <summary>Full authority for outbound tokens, when it must not be derived from the prefix and app type.</summary>
    public string? ToChannelFromBotLoginUrl { get; set; }

    /// <summary>Scope of the outbound token: the Bot Framework connector.</summary>
    public string ToChannelFromBotOAuthScope { get; set; } = "https://api.botframework.com/.default";

    /// <summary>True when no app id is configured: requests are not authenticated and replies carry no token.</summary>
    public bool IsAnonymous => string.IsNullOrWhiteSpace(MicrosoftAppId);

    /// <summary>The Entra authority that issues the bot's outbound tokens.</summary>
    public string ToChannelFromBotAuthority => !string.IsNullOrWhiteSpace(ToChannelFromBotLoginUrl)
        ? ToChannelFromBotLoginUrl
        : ToChannelFromBotLoginUrlPrefix.TrimEnd('/') + "/" + (ParseAppType() == BotAppType.SingleTenant
            ? MicrosoftAppTenantId
            : AuthenticationConstants.DefaultChannelAuthTenant);

    /// <summary>The managed-identity resource matching <see cref="ToChannelFromBotOAuthScope"/> (no <c>/.default</c>).</summary>
    public string ToChannelFromBotResource => ToChannelFromBotOAuthScope.EndsWith("/.default", StringComparison.OrdinalIgnoreCase)
        ? ToChannelFromBotOAuthScope[..^"/.default".Length]
        : ToChannelFromBotOAuthScope;

    /// <summary>
    /// <see cref="MicrosoftAppType"/> as an enum (case-insensitive, empty = MultiTenant).
    /// </summary>
    /// <exception cref="InvalidOperationException">The setting names no known app type.</exception>
    public BotAppType ParseAppType()
    {
        if (string.IsNullOrWhiteSpace(MicrosoftAppType))
        {
            return BotAppType.MultiTenant;
        }

        return Enum.TryParse<BotAppType>(MicrosoftAppType.Trim(), ignoreCase: true, out var type) && Enum.IsDefined(type)
            ? type
            : throw new InvalidOperationException(
                $"MicrosoftAppType '{MicrosoftAppType}' is not one of MultiTenant, SingleTenant, UserAssignedMSI.");
    }
}
