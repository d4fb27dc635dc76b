using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace CareerBot.Testing;

/// <summary>One measurement as a <see cref="MeterListener"/> saw it: instrument, value and tags.</summary>
public sealed record CapturedMeasurement(string Instrument, double Value, IReadOnlyDictionary<string, object?> Tags)
{
    public object? Tag(string name) => Tags.TryGetValue(name, out var value) ? value : null;
}

/// <summary>
/// Listens (no exporter) to the named sources and meters, keeping only what the test itself caused: the capture starts
/// a root span that becomes the test's current activity, and keeps the spans of its trace and the measurements recorded
/// while a span of its trace was current. Tests running in parallel on the same static instruments stay apart.
/// </summary>
public sealed class TelemetryCapture : IDisposable
{
    private static readonly ActivitySource TestSource = new("CareerBot.Testing.TelemetryCapture");

    private readonly ActivityListener _activities;
    private readonly MeterListener _meters;
    private readonly Activity _root;
    private readonly ConcurrentQueue<Activity> _spans = new();
    private readonly ConcurrentQueue<CapturedMeasurement> _measurements = new();

    public TelemetryCapture(params string[] names)
    {
        // Read before the listener is added: a static source first created inside ShouldListenTo would miss it.
        var own = TestSource;
        _activities = new ActivityListener
        {
            ShouldListenTo = source => source == own || names.Contains(source.Name),
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = span =>
            {
                if (span.TraceId == _root!.TraceId && span != _root)
                {
                    _spans.Enqueue(span);
                }
            },
        };
        ActivitySource.AddActivityListener(_activities);
        _root = own.StartActivity("test") ?? throw new InvalidOperationException("The test span was not sampled.");
        _meters = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (names.Contains(instrument.Meter.Name))
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            },
        };
        _meters.SetMeasurementEventCallback<double>((i, v, t, _) => Record(i, v, t));
        _meters.SetMeasurementEventCallback<long>((i, v, t, _) => Record(i, v, t));
        _meters.Start();
    }

    public IReadOnlyList<Activity> Spans => [.. _spans];

    public IReadOnlyList<CapturedMeasurement> Measurements => [.. _measurements];

    public IReadOnlyList<CapturedMeasurement> Of(string instrument) => [.. _measurements.Where(m => m.Instrument == instrument)];

    /// <summary>Every tag value of the captured spans and measurements, as text.</summary>
    public IReadOnlyList<string> TagValues() =>
    [
        .. _spans.SelectMany(s => s.TagObjects).Select(t => Convert.ToString(t.Value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty),
        .. _measurements.SelectMany(m => m.Tags.Values).Select(v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty),
    ];

    public void Dispose()
    {
        _meters.Dispose();
        _root.Dispose();
        _activities.Dispose();
    }

    private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        if (Activity.Current?.TraceId == _root.TraceId)
        {
            var copy = new Dictionary<string, object?>();
            foreach (var (key, tagValue) in tags)
            {
                copy[key] = tagValue;
            }

            _measurements.Enqueue(new CapturedMeasurement(instrument.Name, value, copy));
        }
    }
}
