using System.Diagnostics;
using OpenAI.Chat;

namespace CareerBot.Advisor.Llm;

/// <summary>
/// One language model call as traces and metrics see it: a span, its time and outcome, and the tokens the connector
/// reports. Disposed without an outcome (a stream stopped early by its reader), it is recorded as "stopped".
/// </summary>
internal sealed class LlmCallTelemetry : IDisposable
{
    // Semantic Kernel's OpenAI connector puts the response's usage block under this metadata key.
    private const string UsageKey = "Usage";

    private readonly string _purpose;
    private readonly Activity? _span;
    private readonly long _started = Stopwatch.GetTimestamp();
    private string _outcome = "stopped";

    public LlmCallTelemetry(string purpose)
    {
        _purpose = purpose;
        _span = AdvisorTelemetry.Source.StartActivity(AdvisorTelemetry.LlmSpan, ActivityKind.Client);
        _span?.SetTag(AdvisorTelemetry.PurposeTag, purpose);
    }

    /// <summary>Counts the usage block of a response or of a streamed update, when the connector gives one.</summary>
    public void CountTokens(IReadOnlyDictionary<string, object?>? metadata)
    {
        if (metadata is null || !metadata.TryGetValue(UsageKey, out var value) || value is not ChatTokenUsage usage)
        {
            return;
        }

        Add("input", usage.InputTokenCount);
        Add("output", usage.OutputTokenCount);
    }

    public void Succeeded() => _outcome = "ok";

    public LlmUnavailableException Failed(LlmUnavailableException failure)
    {
        _outcome = AdvisorTelemetry.FailureName(failure.Failure);
        _span?.SetStatus(ActivityStatusCode.Error, _outcome);
        return failure;
    }

    public void Dispose()
    {
        _span?.SetTag(AdvisorTelemetry.OutcomeTag, _outcome);
        AdvisorTelemetry.LlmDurationMs.Record(
            Stopwatch.GetElapsedTime(_started).TotalMilliseconds,
            new KeyValuePair<string, object?>(AdvisorTelemetry.PurposeTag, _purpose),
            new KeyValuePair<string, object?>(AdvisorTelemetry.OutcomeTag, _outcome));
        _span?.Dispose();
    }

    private void Add(string type, int count)
    {
        if (count > 0)
        {
            AdvisorTelemetry.LlmTokenCount.Add(
                count,
                new KeyValuePair<string, object?>(AdvisorTelemetry.PurposeTag, _purpose),
                new KeyValuePair<string, object?>(AdvisorTelemetry.TokenTypeTag, type));
        }
    }
}
