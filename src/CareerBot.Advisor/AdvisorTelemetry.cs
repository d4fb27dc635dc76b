using System.Diagnostics;
using System.Diagnostics.Metrics;
using CareerBot.Advisor.Answers;
using CareerBot.Advisor.Llm;

namespace CareerBot.Advisor;

/// <summary>
/// The answer step's traces and metrics, under one source and meter name. Tag values come from fixed vocabularies
/// (origin, purpose, violation kind, failure reason): never the question, the answer or the offending text (privacy).
/// </summary>
public static class AdvisorTelemetry
{
    /// <summary>The <see cref="ActivitySource"/> and <see cref="Meter"/> name.</summary>
    public const string Name = "CareerBot.Advisor";

    /// <summary>The span of one answer, retrieval to final text.</summary>
    public const string AnswerSpan = "careerbot.answer";

    /// <summary>The span of one call to the language model.</summary>
    public const string LlmSpan = "careerbot.llm";

    /// <summary>Histogram, ms: one answer's time, tagged with its origin (extractive, llm, out_of_scope).</summary>
    public const string AnswerDuration = "careerbot.answer.duration";

    /// <summary>Histogram, ms: one language model call, tagged purpose and outcome (ok or the failure).</summary>
    public const string LlmDuration = "careerbot.llm.duration";

    /// <summary>Counter, tokens: the model's usage as it reports it, tagged purpose and token type (input, output).</summary>
    public const string LlmTokens = "careerbot.llm.tokens";

    /// <summary>Counter: problems that made a model answer rejected, tagged with the kind (Number, Name, Citation…).</summary>
    public const string GuardRejections = "careerbot.guard.rejections";

    /// <summary>Counter: answers given offline instead of the model's, tagged with the reason.</summary>
    public const string AnswerFallbacks = "careerbot.answer.fallbacks";

    public const string OriginTag = "careerbot.answer.origin";
    public const string PurposeTag = "careerbot.llm.purpose";
    public const string OutcomeTag = "careerbot.outcome";
    public const string TokenTypeTag = "careerbot.token.type";
    public const string KindTag = "careerbot.violation.kind";
    public const string ReasonTag = "careerbot.reason";

    internal static readonly ActivitySource Source = new(Name);

    private static readonly Meter Meter = new(Name);

    internal static readonly Histogram<double> AnswerDurationMs = Meter.CreateHistogram<double>(
        AnswerDuration, "ms", "Time of one answer, retrieval included.");

    internal static readonly Histogram<double> LlmDurationMs = Meter.CreateHistogram<double>(
        LlmDuration, "ms", "Time of one language model call.");

    internal static readonly Counter<long> LlmTokenCount = Meter.CreateCounter<long>(
        LlmTokens, "{token}", "Tokens the language model reports having read and written.");

    internal static readonly Counter<long> GuardRejectionCount = Meter.CreateCounter<long>(
        GuardRejections, "{problem}", "Problems found in rejected language model answers.");

    internal static readonly Counter<long> AnswerFallbackCount = Meter.CreateCounter<long>(
        AnswerFallbacks, "{answer}", "Extractive answers given because the language model's could not be.");

    internal static string OriginName(AnswerOrigin origin) => origin switch
    {
        AnswerOrigin.Llm => "llm",
        AnswerOrigin.OutOfScope => "out_of_scope",
        AnswerOrigin.Remark => "remark",
        _ => "extractive",
    };

    internal static string FailureName(LlmFailure failure) => failure switch
    {
        LlmFailure.CircuitOpen => "circuit_open",
        LlmFailure.Timeout => "timeout",
        LlmFailure.Empty => "empty",
        _ => "error",
    };

    internal static void Fallback(string reason) =>
        AnswerFallbackCount.Add(1, new KeyValuePair<string, object?>(ReasonTag, reason));
}
