using Microsoft.Extensions.Options;

namespace CareerBot.DirectLine.Tests;

/// <summary>Direct Line options for unit tests: the defaults, changed by <paramref name="configure"/>.</summary>
internal static class TestOptions
{
    public static IOptions<DirectLineOptions> Create(Action<DirectLineOptions>? configure = null)
    {
        var options = new DirectLineOptions();
        configure?.Invoke(options);
        return Options.Create(options);
    }
}
