namespace CareerBot.Advisor.Llm;

/// <summary>Which kind of language-model server answers, if any.</summary>
public enum LlmProvider
{
    /// <summary>No language model: every answer is extractive.</summary>
    None,

    /// <summary>OpenAI, or any server that speaks its chat-completions API (Ollama, LM Studio, vLLM, llama.cpp).</summary>
    OpenAI,

    /// <summary>Azure OpenAI through its v1 endpoint (<c>https://x.openai.azure.com/openai/v1/</c>), key sent as <c>api-key</c>.</summary>
    AzureOpenAI,
}
