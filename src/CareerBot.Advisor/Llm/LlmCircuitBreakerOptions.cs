namespace CareerBot.Advisor.Llm;

/// <summary>
/// Settings of the circuit breaker around the language model (section <c>Llm:CircuitBreaker</c>): once at least
/// <see cref="MinimumCalls"/> calls within <see cref="SamplingSeconds"/> have failed in a share of at least
/// <see cref="FailureRatio"/>, the model is skipped for <see cref="BreakSeconds"/> and answers are extractive at once.
/// </summary>
public sealed class LlmCircuitBreakerOptions
{
    public double FailureRatio { get; set; } = 0.5;

    public int MinimumCalls { get; set; } = 3;

    public int SamplingSeconds { get; set; } = 60;

    public int BreakSeconds { get; set; } = 30;
}
