using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace CareerBot.Knowledge;

/// <summary>
/// Retrieval's traces and metrics, under one source and meter name. Tags never carry the question (privacy).
/// </summary>
public static class KnowledgeTelemetry
{
    /// <summary>The <see cref="ActivitySource"/> and <see cref="Meter"/> name.</summary>
    public const string Name = "CareerBot.Knowledge";

    /// <summary>The span of one passage search.</summary>
    public const string RetrievalSpan = "careerbot.retrieval";

    /// <summary>Histogram, ms: one search's time, tagged with its result (hits or empty).</summary>
    public const string RetrievalDuration = "careerbot.retrieval.duration";

    /// <summary>Counter: searches ranked by BM25 alone because the question's embedding failed (reason tag).</summary>
    public const string RetrievalFallbacks = "careerbot.retrieval.fallbacks";

    public const string ResultTag = "careerbot.retrieval.result";
    public const string ReasonTag = "careerbot.reason";

    internal static readonly ActivitySource Source = new(Name);

    private static readonly Meter Meter = new(Name);

    internal static readonly Histogram<double> RetrievalDurationMs = Meter.CreateHistogram<double>(
        RetrievalDuration, "ms", "Time of one passage search, embedding of the question included.");

    internal static readonly Counter<long> RetrievalFallbackCount = Meter.CreateCounter<long>(
        RetrievalFallbacks, "{search}", "Searches that fell back to the lexical ranking.");
}
