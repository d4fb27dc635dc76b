using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Running;
using CareerBot.Advisor.Answers;
using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.Advisor.Benchmarks;

/// <summary>
/// The compose mode: how long one uncached offline answer takes, over the development conversation set. First the
/// distribution per answer (every question of the set answered <see cref="ComposeOptions.Passes"/> times, each timed
/// alone: p50, p95, p99, max), then BenchmarkDotNet's mean and allocations per answer
/// (<see cref="ConversationAnsweringBenchmarks"/>). Targets: p50 &lt; 0.3 ms, p99 &lt; 2 ms.
/// </summary>
internal static class ComposeRun
{
    private const double P50TargetMs = 0.3;
    private const double P99TargetMs = 2;

    public static async Task<int> RunAsync(ComposeOptions options)
    {
        var requests = ConversationTurns.Load();
        using var knowledge = await RepositoryKnowledge.LoadAsync().ConfigureAwait(false);
        await using var services = AdvisorServices.Build(knowledge.Base, new() { ["Llm:Provider"] = "None" });
        var answers = services.GetRequiredService<IAnswerService>();
        foreach (var request in requests)
        {
            await answers.AnswerAsync(request).ConfigureAwait(false); // warm-up: JIT, vocabulary index, record passages
        }

        var durations = new Durations();
        var perQuestion = requests.Select(_ => new Durations()).ToArray();
        var origins = new Dictionary<AnswerOrigin, int>();
        for (var pass = 0; pass < options.Passes; pass++)
        {
            for (var i = 0; i < requests.Count; i++)
            {
                var start = Stopwatch.GetTimestamp();
                var answer = await answers.AnswerAsync(requests[i]).ConfigureAwait(false);
                var elapsed = Stopwatch.GetElapsedTime(start);
                durations.Add(elapsed);
                perQuestion[i].Add(elapsed);
                origins[answer.Origin] = origins.GetValueOrDefault(answer.Origin) + 1;
            }
        }

        var p50 = durations.Percentile(50);
        var p99 = durations.Percentile(99);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Compose mode (Llm:Provider None, Answers:CacheSize 0): {requests.Count} questions of knowledge/eval/conversations.jsonl " +
            $"(small talk aside) x {options.Passes} passes; {Environment.ProcessorCount} cores, .NET {Environment.Version}."));
        Console.WriteLine("   one uncached answer (AnswerAsync)  " + durations.Summary("F3"));
        Console.WriteLine("   origins: " + string.Join(", ", origins.OrderBy(o => o.Key).Select(o => $"{o.Key} {o.Value}")));
        Console.WriteLine("   slowest questions by their p50:");
        foreach (var (request, times) in requests.Zip(perQuestion).OrderByDescending(q => q.Second.Percentile(50)).Take(5))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"     {times.Percentile(50),8:F3} ms  {request.Question}"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"   {(p50 < P50TargetMs ? "PASS" : "FAIL")} p50 {p50:F3} ms < {P50TargetMs} ms; {(p99 < P99TargetMs ? "PASS" : "FAIL")} p99 {p99:F3} ms < {P99TargetMs} ms"));
        Console.WriteLine();
        BenchmarkRunner.Run<ConversationAnsweringBenchmarks>();
        return p50 < P50TargetMs && p99 < P99TargetMs ? 0 : 1;
    }
}
