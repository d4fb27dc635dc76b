namespace CareerBot.LoadTest;

/// <summary>Percentiles of a set of latencies (nearest-rank method).</summary>
public static class LatencyStats
{
    public static double Percentile(IReadOnlyList<double> sortedMilliseconds, double percentile)
    {
        ArgumentNullException.ThrowIfNull(sortedMilliseconds);
        if (sortedMilliseconds.Count == 0)
        {
            return double.NaN;
        }

        var rank = (int)Math.Ceiling(percentile / 100.0 * sortedMilliseconds.Count);
        return sortedMilliseconds[Math.Clamp(rank - 1, 0, sortedMilliseconds.Count - 1)];
    }
}
