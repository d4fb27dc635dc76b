using System.Globalization;

namespace CareerBot.EndToEnd.Tests.Soak;

/// <summary>Samples a process's resident set size (<c>VmRSS</c> in <c>/proc/&lt;pid&gt;/status</c>) at a fixed period, in the background.</summary>
internal sealed class RssSampler : IAsyncDisposable
{
    private readonly List<long> _samples = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public RssSampler(int processId, TimeSpan period) => _loop = SampleAsync(processId, period, _stop.Token);

    /// <summary>The samples so far, in bytes, oldest first.</summary>
    public IReadOnlyList<long> Samples
    {
        get
        {
            lock (_samples)
            {
                return [.. _samples];
            }
        }
    }

    public static long? Read(int processId)
    {
        var status = $"/proc/{processId}/status";
        if (!File.Exists(status))
        {
            return null;
        }

        var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        var kilobytes = line?.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
        return kilobytes is null ? null : long.Parse(kilobytes, CultureInfo.InvariantCulture) * 1024;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
    }

    private async Task SampleAsync(int processId, TimeSpan period, CancellationToken stop)
    {
        using var timer = new PeriodicTimer(period);
        try
        {
            do
            {
                if (Read(processId) is { } rss)
                {
                    lock (_samples)
                    {
                        _samples.Add(rss);
                    }
                }
            }
            while (await timer.WaitForNextTickAsync(stop));
        }
        catch (OperationCanceledException)
        {
            // Stopped by DisposeAsync.
        }
    }
}
