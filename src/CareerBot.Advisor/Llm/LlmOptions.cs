namespace CareerBot.Advisor.Llm;

/// <summary>
/// Settings of the language model, section <c>Llm</c> (environment form <c>Llm__Provider</c>). With the default
/// provider <see cref="LlmProvider.None"/> the advisor answers extractively and never touches the network.
/// </summary>
public sealed class LlmOptions
{
    public const string SectionName = "Llm";

    public LlmProvider Provider { get; set; } = LlmProvider.None;

    /// <summary>
    /// Base address of the OpenAI-compatible API, ending before <c>chat/completions</c>
    /// (<c>http://localhost:11434/v1/</c> for Ollama). Optional for OpenAI, required for Azure OpenAI.
    /// </summary>
    public Uri? Endpoint { get; set; }

    /// <summary>Sent as a bearer token (OpenAI) or an <c>api-key</c> header (Azure OpenAI); none when empty (local servers).</summary>
    public string? ApiKey { get; set; }

    /// <summary>The chat model (Azure: the deployment name). Required unless the provider is None.</summary>
    public string? ChatModel { get; set; }

    /// <summary>When set, an embedding generator is registered and the knowledge base ranks passages hybrid.</summary>
    public string? EmbeddingModel { get; set; }

    /// <summary>
    /// The time the language model gets for one answer, all calls included (condensing a follow-up, the completion, a
    /// regeneration); past it the extractive answer is given.
    /// </summary>
    public int TimeoutSeconds { get; set; } = 20;

    public int MaxOutputTokens { get; set; } = 600;

    public double Temperature { get; set; } = 0.2;

    /// <summary>Ask the server to stream, so that <c>StreamAsync</c> can show guarded sentences as they come.</summary>
    public bool Stream { get; set; } = true;

    /// <summary>Use the language model to make a follow-up question standalone before retrieval (an offline rule otherwise).</summary>
    public bool CondenseWithLlm { get; set; } = true;

    /// <summary>How many of the last conversation turns the prompt carries.</summary>
    public int HistoryTurns { get; set; } = 6;

    public LlmCircuitBreakerOptions CircuitBreaker { get; set; } = new();
}
