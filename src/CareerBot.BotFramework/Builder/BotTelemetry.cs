using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace CareerBot.BotFramework.Builder;

/// <summary>
/// The turn pipeline's traces and metrics, under one source and meter name. Tags carry the channel, the activity type
/// and the outcome only: never the user's text (privacy).
/// </summary>
public static class BotTelemetry
{
    /// <summary>The <see cref="ActivitySource"/> and <see cref="Meter"/> name.</summary>
    public const string Name = "CareerBot.BotFramework";

    /// <summary>The span of one turn through the adapter's pipeline.</summary>
    public const string TurnSpan = "careerbot.turn";

    /// <summary>Histogram, ms: one turn's time, tagged channel, type and outcome.</summary>
    public const string TurnDuration = "careerbot.turn.duration";

    /// <summary>Counter: turns that threw, tagged channel and type (whether or not the error handler answered).</summary>
    public const string TurnErrors = "careerbot.turn.errors";

    public const string ChannelTag = "careerbot.channel";
    public const string TypeTag = "careerbot.activity_type";
    public const string OutcomeTag = "careerbot.outcome";

    internal static readonly ActivitySource Source = new(Name);

    private static readonly Meter Meter = new(Name);

    internal static readonly Histogram<double> TurnDurationMs = Meter.CreateHistogram<double>(
        TurnDuration, "ms", "Time of one turn through the middleware pipeline and the bot.");

    internal static readonly Counter<long> TurnErrorCount = Meter.CreateCounter<long>(
        TurnErrors, "{turn}", "Turns whose pipeline threw.");
}
