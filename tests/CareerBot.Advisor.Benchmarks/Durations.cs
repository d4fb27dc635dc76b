using System.Globalization;
using CareerBot.Knowledge.Benchmarks;

namespace CareerBot.Advisor.Benchmarks;

/// <summary>Measured durations in milliseconds, printed as one line of percentiles.</summary>
internal sealed class Durations
{
    private readonly List<double> _milliseconds = [];

    public int Count => _milliseconds.Count;

    public void Add(TimeSpan elapsed) => _milliseconds.Add(elapsed.TotalMilliseconds);

    public double Percentile(double percentile) => Percentiles.Of(_milliseconds.Order().ToList(), percentile);

    /// <summary>p50, p95, p99 and max (nearest rank), with <paramref name="format"/> for each figure.</summary>
    public string Summary(string format)
    {
        var sorted = _milliseconds.Order().ToList();
        return string.Create(CultureInfo.InvariantCulture,
            $"p50 {Show(Percentiles.Of(sorted, 50), format)}  p95 {Show(Percentiles.Of(sorted, 95), format)}  " +
            $"p99 {Show(Percentiles.Of(sorted, 99), format)}  max {Show(sorted.Count > 0 ? sorted[^1] : double.NaN, format)} ms");
    }

    private static string Show(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture).PadLeft(9);
}
