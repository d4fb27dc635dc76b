using System.Diagnostics;

namespace CareerBot.BotFramework.Tests.Builder.Streaming;

/// <summary>
/// Waits for what the streaming response's background sender does. Bounded: a condition still false after
/// <see cref="Timeout"/> fails the test rather than hanging it.
/// </summary>
internal static class Eventually
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    /// <summary>A short real pause, to give a wrong implementation the chance to send what it must not.</summary>
    public static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(200);

    /// <summary>The task, failing with a <see cref="TimeoutException"/> if it does not complete in time.</summary>
    public static Task<T> Within<T>(Task<T> task) => task.WaitAsync(Timeout);

    /// <inheritdoc cref="Within{T}(Task{T})"/>
    public static Task Within(Task task) => task.WaitAsync(Timeout);

    public static async Task TrueAsync(Func<bool> condition, string what)
    {
        var started = Stopwatch.GetTimestamp();
        while (!condition())
        {
            if (Stopwatch.GetElapsedTime(started) > Timeout)
            {
                Assert.Fail($"Still not true after {Timeout}: {what}");
            }

            await Task.Delay(10);
        }
    }
}
