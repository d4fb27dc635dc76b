using System.Globalization;

namespace CareerBot.EndToEnd.Tests.Soak;

/// <summary>
/// How long the soak runs: one minute by default (CI), or <c>CAREERBOT_SOAK_MINUTES</c> minutes (the full soak is
/// 10: <c>CAREERBOT_SOAK_MINUTES=10 dotnet test tests/CareerBot.EndToEnd.Tests --filter Soak</c>).
/// </summary>
internal static class SoakDuration
{
    public const string Variable = "CAREERBOT_SOAK_MINUTES";

    public static TimeSpan Get()
    {
        var value = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(value))
        {
            return TimeSpan.FromMinutes(1);
        }

        return double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var minutes) && minutes > 0 && minutes <= 24 * 60
            ? TimeSpan.FromMinutes(minutes)
            : throw new InvalidOperationException($"{Variable}={value}: expected a number of minutes, such as 10 or 0.5.");
    }
}
