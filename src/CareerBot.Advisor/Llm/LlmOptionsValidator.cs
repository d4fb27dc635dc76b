using Microsoft.Extensions.Options;

namespace CareerBot.Advisor.Llm;

/// <summary>Start-up check of section <c>Llm</c>: each problem is named by its configuration key.</summary>
internal sealed class LlmOptionsValidator : IValidateOptions<LlmOptions>
{
    public ValidateOptionsResult Validate(string? name, LlmOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        if (options.Provider != LlmProvider.None && string.IsNullOrWhiteSpace(options.ChatModel))
        {
            errors.Add($"Llm:ChatModel is required when Llm:Provider is {options.Provider} (the model or deployment name, e.g. gpt-4o-mini).");
        }

        if (options.Provider == LlmProvider.AzureOpenAI && options.Endpoint is null)
        {
            errors.Add("Llm:Endpoint is required when Llm:Provider is AzureOpenAI (the v1 endpoint, https://<resource>.openai.azure.com/openai/v1/).");
        }

        if (options.Endpoint is { } endpoint && (!endpoint.IsAbsoluteUri || (endpoint.Scheme != Uri.UriSchemeHttp && endpoint.Scheme != Uri.UriSchemeHttps)))
        {
            errors.Add("Llm:Endpoint must be an absolute http or https address.");
        }

        if (options.Provider == LlmProvider.None && !string.IsNullOrWhiteSpace(options.EmbeddingModel))
        {
            errors.Add("Llm:EmbeddingModel needs Llm:Provider (OpenAI or AzureOpenAI) to reach the embedding model.");
        }

        if (options.TimeoutSeconds <= 0 || options.MaxOutputTokens <= 0 || options.HistoryTurns < 0)
        {
            errors.Add("Llm:TimeoutSeconds and Llm:MaxOutputTokens are positive; Llm:HistoryTurns is not negative.");
        }

        if (options.Temperature is < 0 or > 2)
        {
            errors.Add("Llm:Temperature is between 0 and 2.");
        }

        var breaker = options.CircuitBreaker;
        // Polly's own bounds: a ratio in (0, 1], at least 2 calls, durations of at least half a second.
        if (breaker.FailureRatio is <= 0 or > 1 || breaker.MinimumCalls < 2 || breaker.SamplingSeconds < 1 || breaker.BreakSeconds < 1)
        {
            errors.Add("Llm:CircuitBreaker: FailureRatio is in (0, 1], MinimumCalls at least 2, SamplingSeconds and BreakSeconds at least 1.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
