using System.Globalization;

namespace CareerBot.LoadTest;

/// <summary>Reads a process's peak resident set size (VmHWM) from /proc on Linux.</summary>
public static class ProcessMemory
{
    public static long? PeakRssBytes(int pid)
    {
        var status = $"/proc/{pid}/status";
        if (!File.Exists(status))
        {
            return null;
        }

        var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        var kilobytes = line?.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
        return kilobytes is null ? null : long.Parse(kilobytes, CultureInfo.InvariantCulture) * 1024;
    }
}
