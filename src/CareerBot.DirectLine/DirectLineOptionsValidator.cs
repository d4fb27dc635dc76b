using Microsoft.Extensions.Options;

namespace CareerBot.DirectLine;

/// <summary>Refuses at start-up the settings that would make every token or conversation fail later.</summary>
public sealed class DirectLineOptionsValidator : IValidateOptions<DirectLineOptions>
{
    /// <summary>HMAC-SHA256 wants a key at least as long as its output.</summary>
    public const int MinSigningKeyBytes = 32;

    public ValidateOptionsResult Validate(string? name, DirectLineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        if (!string.IsNullOrEmpty(options.TokenSigningKey))
        {
            var key = new byte[options.TokenSigningKey.Length];
            if (!Convert.TryFromBase64String(options.TokenSigningKey, key, out var length))
            {
                errors.Add("DirectLine:TokenSigningKey is not base64.");
            }
            else if (length < MinSigningKeyBytes)
            {
                errors.Add($"DirectLine:TokenSigningKey must hold at least {MinSigningKeyBytes} bytes; it holds {length}.");
            }
        }

        if (options.TokenLifetime <= TimeSpan.Zero)
        {
            errors.Add("DirectLine:TokenLifetime must be positive.");
        }

        if (options.MaxConversations < 1 || options.MaxActivitiesPerConversation < 1)
        {
            errors.Add("DirectLine:MaxConversations and DirectLine:MaxActivitiesPerConversation must be at least 1.");
        }

        if (options.ConversationIdleTimeout <= TimeSpan.Zero || options.KeepAliveInterval <= TimeSpan.Zero)
        {
            errors.Add("DirectLine:ConversationIdleTimeout and DirectLine:KeepAliveInterval must be positive.");
        }

        if (!options.AzureEndpoint.IsAbsoluteUri || options.AzureEndpoint.Scheme is not ("https" or "http"))
        {
            errors.Add("DirectLine:AzureEndpoint must be an absolute http(s) URL.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
