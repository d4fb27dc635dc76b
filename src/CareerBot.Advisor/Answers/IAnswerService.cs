namespace CareerBot.Advisor.Answers;

/// <summary>
/// The answer step: retrieval, then the LLM when one is configured (its text checked by the grounding guard), the
/// extractive answer otherwise or when the LLM fails. Never throws for an LLM failure.
/// </summary>
public interface IAnswerService
{
    Task<Answer> AnswerAsync(AnswerRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// The same answer as it is produced: zero or more <see cref="AnswerUpdate.Partial"/> texts (each the whole text
    /// so far, made only of sentences that already passed the grounding guard), then exactly one final answer.
    /// </summary>
    IAsyncEnumerable<AnswerUpdate> StreamAsync(AnswerRequest request, CancellationToken cancellationToken = default);
}
