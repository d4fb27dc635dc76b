using System.Globalization;

namespace CareerBot.EndToEnd.Tests.Soak;

/// <summary>
/// Whether a process's memory levelled off during a soak. The first third of the samples is warm-up (JIT, the
/// knowledge index, caches filling, the GC sizing its heaps) and is not judged; the median of the last third must not
/// exceed the median of the middle third by more than <see cref="RelativeTolerance"/> plus <see cref="AbsoluteTolerance"/>.
/// </summary>
/// <remarks>
/// Medians, because a single GC (or its absence) moves one sample by tens of MB. The tolerance covers the GC's own
/// breathing room between two thirds of a steady run; a leak of a few KB per turn exceeds it within minutes, which
/// the full 10-minute soak shows (the one-minute CI run catches only gross leaks: tens of KB per turn or per conversation).
/// </remarks>
internal sealed record MemoryTrend(long Start, long Middle, long End, long Peak, int Samples)
{
    public const double RelativeTolerance = 0.10;
    public const long AbsoluteTolerance = 24L * 1024 * 1024;

    public bool IsFlat => Samples >= 6 && End <= Middle * (1 + RelativeTolerance) + AbsoluteTolerance;

    public static MemoryTrend Of(IReadOnlyList<long> samples)
    {
        var third = samples.Count / 3;
        return samples.Count < 6
            ? new MemoryTrend(samples.Count == 0 ? 0 : samples[0], 0, samples.Count == 0 ? 0 : samples[^1], samples.DefaultIfEmpty().Max(), samples.Count)
            : new MemoryTrend(samples[0], Median(samples.Skip(third).Take(third)), Median(samples.Skip(2 * third)), samples.Max(), samples.Count);
    }

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"start {Mb(Start)} MB, middle third (median) {Mb(Middle)} MB, last third (median) {Mb(End)} MB, peak {Mb(Peak)} MB, {Samples} samples");

    private static long Median(IEnumerable<long> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    private static string Mb(long bytes) => (bytes / (1024.0 * 1024)).ToString("0", CultureInfo.InvariantCulture);
}
