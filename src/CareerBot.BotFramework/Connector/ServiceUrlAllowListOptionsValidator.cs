using Microsoft.Extensions.Options;

namespace CareerBot.BotFramework.Connector;

/// <summary>Stops the start-up on a pattern that <see cref="ServiceUrlAllowList"/> cannot read, naming it.</summary>
internal sealed class ServiceUrlAllowListOptionsValidator : IValidateOptions<ServiceUrlAllowListOptions>
{
    public ValidateOptionsResult Validate(string? name, ServiceUrlAllowListOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        try
        {
            _ = new ServiceUrlAllowList(options.AllowedServiceUrls);
            return ValidateOptionsResult.Success;
        }
        catch (FormatException ex)
        {
            return ValidateOptionsResult.Fail($"{ServiceUrlAllowListOptions.SectionName}:{nameof(options.AllowedServiceUrls)}: {ex.Message}");
        }
    }
}
