namespace CareerBot.Advisor.Llm;

/// <summary>The language model could not give a text; the answer falls back to the extractive one.</summary>
public sealed class LlmUnavailableException : Exception
{
    public LlmUnavailableException()
        : this(LlmFailure.Error, "The language model is unavailable.")
    {
    }

    public LlmUnavailableException(string message)
        : this(LlmFailure.Error, message)
    {
    }

    public LlmUnavailableException(string message, Exception innerException)
        : this(LlmFailure.Error, message, innerException)
    {
    }

    public LlmUnavailableException(LlmFailure failure, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Failure = failure;
    }

    public LlmFailure Failure { get; }
}
