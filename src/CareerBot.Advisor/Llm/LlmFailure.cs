namespace CareerBot.Advisor.Llm;

/// <summary>Why the language model gave no usable text.</summary>
public enum LlmFailure
{
    /// <summary>The circuit breaker is open after repeated failures: the model was not called.</summary>
    CircuitOpen,

    /// <summary>No complete answer within the answer's time budget.</summary>
    Timeout,

    /// <summary>The server or the connection failed: refused connection, HTTP error (429, 5xx…), unreadable response.</summary>
    Error,

    /// <summary>The server answered with no text.</summary>
    Empty,
}
