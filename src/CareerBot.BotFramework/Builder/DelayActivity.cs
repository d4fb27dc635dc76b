using System.Text.Json;
using CareerBot.BotFramework.Schema;

namespace CareerBot.BotFramework.Builder;

/// <summary>
/// The pause a bot asks for between two replies with a <c>delay</c> activity: its value in milliseconds (1 s when it
/// has none, at most 10 s so that a turn cannot be held for long). Adapters wait, and send nothing for it.
/// </summary>
public static class DelayActivity
{
    public static readonly TimeSpan Default = TimeSpan.FromSeconds(1);

    public static readonly TimeSpan Longest = TimeSpan.FromSeconds(10);

    /// <summary>How long <paramref name="delay"/> asks to wait, within the bounds.</summary>
    public static TimeSpan DurationOf(Activity delay)
    {
        ArgumentNullException.ThrowIfNull(delay);
        return delay.Value is { ValueKind: JsonValueKind.Number } value && value.TryGetInt32(out var milliseconds)
            ? TimeSpan.FromMilliseconds(Math.Clamp(milliseconds, 0, (int)Longest.TotalMilliseconds))
            : Default;
    }

    public static Task WaitAsync(Activity delay, TimeProvider timeProvider, CancellationToken cancellationToken) =>
        Task.Delay(DurationOf(delay), timeProvider, cancellationToken);
}
