using Microsoft.Extensions.Options;

namespace CareerBot.BotFramework.Authentication;

/// <summary>
/// Rejects settings that would only fail later, on the first request or reply: unknown app type, missing
/// password or tenant, endpoints that are not absolute HTTP(S) URLs.
/// </summary>
internal sealed class BotFrameworkAuthenticationOptionsValidator : IValidateOptions<BotFrameworkAuthenticationOptions>
{
    public ValidateOptionsResult Validate(string? name, BotFrameworkAuthenticationOptions options)
    {
        var failures = new List<string>();
        BotAppType? appType = null;
        try
        {
            appType = options.ParseAppType();
        }
        catch (InvalidOperationException ex)
        {
            failures.Add(ex.Message);
        }

        if (!options.IsAnonymous)
        {
            if (appType is BotAppType.MultiTenant or BotAppType.SingleTenant && string.IsNullOrWhiteSpace(options.MicrosoftAppPassword))
            {
                failures.Add($"MicrosoftAppPassword is required for a {appType} bot.");
            }

            if (appType is BotAppType.SingleTenant && string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId))
            {
                failures.Add("MicrosoftAppTenantId is required for a SingleTenant bot.");
            }
        }

        AddIfNotHttpUrl(failures, nameof(options.BotOpenIdMetadataUrl), options.BotOpenIdMetadataUrl);
        AddIfNotHttpUrl(failures, nameof(options.EmulatorOpenIdMetadataUrlV1), options.EmulatorOpenIdMetadataUrlV1);
        AddIfNotHttpUrl(failures, nameof(options.EmulatorOpenIdMetadataUrlV2), options.EmulatorOpenIdMetadataUrlV2);
        AddIfNotHttpUrl(failures, nameof(options.ToChannelFromBotLoginUrlPrefix), options.ToChannelFromBotLoginUrlPrefix);
        if (!string.IsNullOrWhiteSpace(options.ToChannelFromBotLoginUrl))
        {
            AddIfNotHttpUrl(failures, nameof(options.ToChannelFromBotLoginUrl), options.ToChannelFromBotLoginUrl);
        }

        if (string.IsNullOrWhiteSpace(options.ToChannelFromBotOAuthScope))
        {
            failures.Add("ToChannelFromBotOAuthScope is required.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void AddIfNotHttpUrl(List<string> failures, string setting, string? value)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            failures.Add($"{setting} must be an absolute http(s) URL.");
        }
    }
}
