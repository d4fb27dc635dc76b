namespace CareerBot.BotFramework.Authentication;

/// <summary>The kinds of bot identity Azure Bot Service supports (the <c>MicrosoftAppType</c> setting).</summary>
public enum BotAppType
{
    /// <summary>An app registration usable from any tenant; tokens come from the <c>botframework.com</c> tenant.</summary>
    MultiTenant,

    /// <summary>An app registration of one tenant (<c>MicrosoftAppTenantId</c>); tokens come from that tenant.</summary>
    SingleTenant,

    /// <summary>A user-assigned managed identity whose client id is <c>MicrosoftAppId</c>; no password.</summary>
    UserAssignedMSI,
}
