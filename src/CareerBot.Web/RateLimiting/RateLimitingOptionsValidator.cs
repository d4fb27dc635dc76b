using Microsoft.Extensions.Options;

namespace CareerBot.Web.RateLimiting;

/// <summary>Stops the start-up on limits that cannot work, naming the setting.</summary>
internal sealed class RateLimitingOptionsValidator : IValidateOptions<RateLimitingOptions>
{
    public ValidateOptionsResult Validate(string? name, RateLimitingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        Check(options.PerIp, nameof(options.PerIp), errors);
        Check(options.PerConversation, nameof(options.PerConversation), errors);
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void Check(TokenBucketSettings bucket, string name, List<string> errors)
    {
        var prefix = $"{RateLimitingOptions.SectionName}:{name}";
        if (bucket.PermitsPerSecond < 0 || !double.IsFinite(bucket.PermitsPerSecond))
        {
            errors.Add($"{prefix}:PermitsPerSecond must be 0 (off) or more (got {bucket.PermitsPerSecond}).");
        }
        else if (bucket.Enabled && bucket.Burst < 1)
        {
            errors.Add($"{prefix}:Burst must be at least 1 when the limiter is on (got {bucket.Burst}).");
        }
    }
}
