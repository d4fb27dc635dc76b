using System.ClientModel;
using System.ClientModel.Primitives;
using OpenAI;

namespace CareerBot.Advisor.Llm;

/// <summary>
/// Builds the OpenAI client that the Semantic Kernel connector and the embedding generator share: the configured
/// endpoint, the given <see cref="HttpClient"/>, and no retries of its own.
/// </summary>
internal static class OpenAiClientFactory
{
    public const string HttpClientName = "CareerBot.Llm";

    public static OpenAIClient Create(LlmOptions options, HttpClient httpClient)
    {
        var clientOptions = new OpenAIClientOptions
        {
            Transport = new HttpClientPipelineTransport(httpClient),
            // The client would retry 429 and 5xx three times with back-off (honouring Retry-After): that alone can
            // exceed the answer's time budget, and hammers a server in trouble. A failed call falls back to the
            // extractive answer instead, and the circuit breaker decides when to try again.
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
            NetworkTimeout = TimeSpan.FromSeconds(options.TimeoutSeconds),
        };
        if (options.Endpoint is not null)
        {
            clientOptions.Endpoint = options.Endpoint;
        }

        if (options.Provider == LlmProvider.AzureOpenAI && !string.IsNullOrEmpty(options.ApiKey))
        {
            // Azure's v1 endpoint takes the key as a bearer token too; its own header is sent as well for gateways
            // that only know that one.
            clientOptions.AddPolicy(
                ApiKeyAuthenticationPolicy.CreateHeaderApiKeyPolicy(new ApiKeyCredential(options.ApiKey), "api-key"),
                PipelinePosition.PerCall);
        }

        // Local servers (Ollama, LM Studio, llama.cpp) need no key, but the client requires one: they ignore it.
        return new OpenAIClient(new ApiKeyCredential(string.IsNullOrEmpty(options.ApiKey) ? "no-key" : options.ApiKey), clientOptions);
    }
}
