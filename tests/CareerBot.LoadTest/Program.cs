using System.Globalization;
using CareerBot.LoadTest;

if (args.Length > 0 && args[0] == "echo-server")
{
    await BareEchoServer.RunAsync(args[1..]);
    return 0;
}

LoadOptions options;
try
{
    options = LoadOptions.Parse(args);
}
catch (Exception ex) when (ex is ArgumentException or FormatException)
{
    Console.Error.WriteLine(ex.Message);
    return 2;
}

var result = await new LoadRunner(options).RunAsync(CancellationToken.None);
var culture = CultureInfo.InvariantCulture;
var rss = result.PeakRssBytes is { } bytes ? (bytes / 1024.0 / 1024.0).ToString("F0", culture) + " MB" : "n/a";
Console.WriteLine(string.Create(culture,
    $"{options.Label}: conversations={options.Conversations} turns={result.Turns} tps={result.TurnsPerSecond:F0} " +
    $"p50={LatencyStats.Percentile(result.SortedLatenciesMs, 50):F2}ms p95={LatencyStats.Percentile(result.SortedLatenciesMs, 95):F2}ms " +
    $"p99={LatencyStats.Percentile(result.SortedLatenciesMs, 99):F2}ms errors={result.Errors} peakRSS={rss}"));
return result.Errors == 0 ? 0 : 1;
