using Microsoft.Extensions.Options;

namespace CareerBot.BotFramework.Connector;

/// <summary>Rejects <see cref="ConnectorClientOptions"/> that would make the retry pipeline fail or never end, naming the setting.</summary>
internal sealed class ConnectorClientOptionsValidator : IValidateOptions<ConnectorClientOptions>
{
    // Polly refuses timeouts under 10 ms; checking here names our setting instead of a Polly internal.
    private static readonly TimeSpan MinimumTimeout = TimeSpan.FromMilliseconds(10);

    public ValidateOptionsResult Validate(string? name, ConnectorClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        const string Section = ConnectorClientOptions.SectionName;

        if (options.MaxRetryAttempts is < 0 or > 10)
        {
            return ValidateOptionsResult.Fail($"{Section}:{nameof(options.MaxRetryAttempts)} must be between 0 and 10 (got {options.MaxRetryAttempts}).");
        }

        if (options.BaseDelay < TimeSpan.Zero)
        {
            return ValidateOptionsResult.Fail($"{Section}:{nameof(options.BaseDelay)} must not be negative (got {options.BaseDelay}).");
        }

        if (options.Timeout < MinimumTimeout || options.AttemptTimeout < MinimumTimeout)
        {
            return ValidateOptionsResult.Fail($"{Section}:{nameof(options.Timeout)} and {nameof(options.AttemptTimeout)} must be at least {MinimumTimeout.TotalMilliseconds} ms.");
        }

        return options.AttemptTimeout > options.Timeout
            ? ValidateOptionsResult.Fail($"{Section}:{nameof(options.AttemptTimeout)} ({options.AttemptTimeout}) must not exceed {nameof(options.Timeout)} ({options.Timeout}).")
            : ValidateOptionsResult.Success;
    }
}
