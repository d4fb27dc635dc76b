namespace CareerBot.Advisor.Llm;

/// <summary>
/// The time the language model gets for one answer (<see cref="LlmOptions.TimeoutSeconds"/>), shared by every call
/// made for it, so that a slow or dead server delays the answer by that much at most. <see cref="Token"/> ends at the
/// deadline or when the caller cancels; <see cref="Expired"/> tells the two apart.
/// </summary>
internal sealed class LlmBudget : IDisposable
{
    private readonly CancellationTokenSource _deadline;
    private readonly CancellationTokenSource _linked;
    private readonly CancellationToken _caller;

    public LlmBudget(TimeSpan time, CancellationToken caller)
    {
        _deadline = new CancellationTokenSource(time);
        _linked = CancellationTokenSource.CreateLinkedTokenSource(_deadline.Token, caller);
        _caller = caller;
    }

    public CancellationToken Token => _linked.Token;

    public bool CallerCancelled => _caller.IsCancellationRequested;

    public bool Expired => _deadline.IsCancellationRequested && !_caller.IsCancellationRequested;

    public void Dispose()
    {
        _linked.Dispose();
        _deadline.Dispose();
    }
}
