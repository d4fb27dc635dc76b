using System.Globalization;
using System.Net;
using System.Net.Sockets;
using CareerBot.LoadTest;

if (args.Length > 0 && args[0] == "echo-server")
{
    await BareEchoServer.RunAsync(args[1..]);
    return 0;
}

if (args.Length > 0 && args[0] == "free-port")
{
    // The benchmark script starts its servers on ports nobody else on this shared machine is using.
    using var listener = new TcpListener(IPAddress.Loopback, 0);
    listener.Start();
    Console.WriteLine(((IPEndPoint)listener.LocalEndpoint).Port.ToString(CultureInfo.InvariantCulture));
    return 0;
}

LoadOptions options;
try
{
    options = LoadOptions.Parse(args);
}
catch (Exception ex) when (ex is ArgumentException or FormatException or IOException)
{
    Console.Error.WriteLine(ex.Message);
    return 2;
}

var result = await new LoadRunner(options).RunAsync(CancellationToken.None);
var culture = CultureInfo.InvariantCulture;
static string Megabytes(long? bytes) => bytes is { } b ? (b / 1024.0 / 1024.0).ToString("F0", CultureInfo.InvariantCulture) + "MB" : "n/a";
Console.WriteLine(string.Create(culture,
    $"{options.Label}: conversations={options.Conversations} turns={result.Turns} tps={result.TurnsPerSecond:F0} " +
    $"p50={LatencyStats.Percentile(result.SortedLatenciesMs, 50):F2}ms p95={LatencyStats.Percentile(result.SortedLatenciesMs, 95):F2}ms " +
    $"p99={LatencyStats.Percentile(result.SortedLatenciesMs, 99):F2}ms errors={result.Errors} warmupErrors={result.WarmupErrors} " +
    $"peakRSS={Megabytes(result.PeakRssBytes)} rss={Megabytes(result.RssBytes)}"));
if (result.FirstError is { } first)
{
    Console.Error.WriteLine($"{options.Label}: first error: {first}");
}

return result.Errors + result.WarmupErrors == 0 ? 0 : 1;
