using System.Net;
using CareerBot.Testing;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace CareerBot.Web.Tests;

/// <summary>
/// Thousands of hostile activities (<see cref="ActivityFuzzer"/>) against the real host, in memory for the bulk and on
/// Kestrel sockets for a smaller run, in Echo and Advisor modes. The seed is printed; set <c>CAREERBOT_FUZZ_SEED</c>
/// to replay a run. Besides each answer's status (<see cref="FuzzRunner.Check"/>), no turn may fail inside the bot:
/// the error handler would turn such a crash into a polite 200, so its Error log lines are what betray it. After the
/// run the host must still be healthy and answer. (Memory is measured on the separate process run, in the EndToEnd
/// tests: in this process the test's own buffers and the other tests running beside it blur any figure.)
/// </summary>
public sealed class HostileInputFuzzTests(CareerBotFactory factory, ITestOutputHelper output) : IClassFixture<CareerBotFactory>, IDisposable
{
    private const int MaxBodyBytes = 2 * 1024 * 1024;
    private readonly CapturingLoggerProvider _logs = new();

    public void Dispose() => _logs.Dispose();

    [Theory]
    [InlineData("Echo", 2000)]
    [InlineData("Advisor", 800)]
    public async Task In_memory_host_survives_hostile_activities(string mode, int count)
    {
        await using var host = Host(mode);
        var http = host.CreateClient();
        var fuzzer = new ActivityFuzzer(FuzzRunner.Seed(), MaxBodyBytes);
        output.WriteLine($"seed {fuzzer.Seed} (CAREERBOT_FUZZ_SEED={fuzzer.Seed} replays it), {count} requests, {mode} mode");

        var failures = await FuzzRunner.RunAsync(http, fuzzer, count);

        AssertNoFailure(fuzzer, failures);
        await AssertAnswersAsync(http);
    }

    [Fact]
    public async Task Kestrel_host_survives_hostile_activities_and_chunked_bodies_over_the_limit_get_413_on_every_endpoint()
    {
        await using var host = Host("Echo");
        var address = LoopbackClients.StartOnKestrel(host);
        using var http = LoopbackClients.From("127.0.0.1", address);
        var fuzzer = new ActivityFuzzer(FuzzRunner.Seed(), MaxBodyBytes);
        output.WriteLine($"seed {fuzzer.Seed} (CAREERBOT_FUZZ_SEED={fuzzer.Seed} replays it), 400 requests on Kestrel");

        var failures = await FuzzRunner.RunAsync(http, fuzzer, 400);

        AssertNoFailure(fuzzer, failures);
        // No Content-Length: the readers must count while reading. Direct Line's conversation routes check their
        // token first, so the two that read a body before any token stand for Direct Line here.
        foreach (var path in new[] { "/api/messages", "/api/directline/token", "/v3/directline/tokens/generate" })
        {
            var tooLarge = new FuzzCase(0, "chunked 3 MB", new byte[3 * 1024 * 1024], "application/json", FuzzExpectation.Refused) { Chunked = true };
            using var response = await FuzzRunner.SendAsync(http, tooLarge, path, new("Bearer", "fuzz-secret"));
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        }

        await AssertAnswersAsync(http);
    }

    private WebApplicationFactory<Program> Host(string mode) => factory.WithSettings(
        new Dictionary<string, string?>
        {
            ["Bot:Mode"] = mode,
            ["urls"] = "http://127.0.0.1:0",
            ["Logging:LogLevel:Default"] = "Warning",
            ["BotFramework:MaxRequestBodyBytes"] = MaxBodyBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["DirectLine:SelfHostedSecret"] = "fuzz-secret",
            // The limits have their own tests; here thousands of requests come from one address on purpose.
            ["RateLimiting:PerIp:PermitsPerSecond"] = "0",
            ["RateLimiting:PerConversation:PermitsPerSecond"] = "0",
        },
        services => services.AddSingleton<ILoggerProvider>(_logs));

    private void AssertNoFailure(ActivityFuzzer fuzzer, List<string> failures)
    {
        failures.AddRange(_logs.Entries.Where(e => e.Level >= LogLevel.Error).Select(e => $"{e.Category} logged an error: {e.Message}"));
        Assert.True(failures.Count == 0, $"seed {fuzzer.Seed}: {failures.Count} failures:\n" + string.Join('\n', failures.Take(30)));
    }

    private static async Task AssertAnswersAsync(HttpClient http)
    {
        using var health = await http.GetAsync(new Uri("/healthz", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.NotEmpty(await new BotClient(http, "after-fuzz-" + Guid.NewGuid().ToString("N")).SayAsync("Bonjour"));
    }
}
