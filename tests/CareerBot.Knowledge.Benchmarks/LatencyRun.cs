using System.Diagnostics;
using System.Globalization;

namespace CareerBot.Knowledge.Benchmarks;

/// <summary>
/// The latency mode: for each corpus, builds the index, runs the question mix for a warm-up, then times every single
/// query with <see cref="Stopwatch"/> and prints the distribution, overall and per question. BenchmarkDotNet reports
/// averages per iteration; this is the per-query tail a user would meet. Both loops stop at their count or when the
/// time budget is spent, whichever comes first (a search in progress is never interrupted).
/// </summary>
internal static class LatencyRun
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static async Task RunAsync(LatencyOptions options)
    {
        Console.WriteLine(string.Create(Invariant,
            $"Latency mode: up to {options.Warmup} warm-up then {options.Queries} timed queries per corpus, each loop within " +
            $"{options.Budget.TotalSeconds:F0} s; the {BenchmarkQuestions.Count} questions in turn; {Environment.ProcessorCount} cores, " +
            $".NET {Environment.Version}, server GC {System.Runtime.GCSettings.IsServerGC}."));
        foreach (var name in options.Corpora)
        {
            await MeasureAsync(name, options).ConfigureAwait(false);
        }
    }

    private static async Task MeasureAsync(string name, LatencyOptions options)
    {
        var stopwatch = Stopwatch.StartNew();
        using var corpus = BenchmarkCorpus.Prepare(name);
        var prepared = stopwatch.Elapsed;
        stopwatch.Restart();
        using var knowledge = await corpus.BuildAsync().ConfigureAwait(false);
        var built = stopwatch.Elapsed;

        // The warm-up asks for every ranked passage: the count shows how much ranking work each question costs
        // (the cut to the top hits comes after it).
        var questions = BenchmarkQuestions.All;
        var ranked = new int?[questions.Count];
        stopwatch.Restart();
        for (var i = 0; i < options.Warmup && stopwatch.Elapsed < options.Budget; i++)
        {
            ranked[i % questions.Count] = (await knowledge.SearchAsync(questions[i % questions.Count].Text, int.MaxValue).ConfigureAwait(false)).Count;
        }

        var hits = new int?[questions.Count];
        var perQuestion = questions.Select(_ => new List<double>()).ToArray();
        var all = new List<double>(options.Queries);
        var collections = Enumerable.Range(0, 3).Select(GC.CollectionCount).ToArray();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        stopwatch.Restart();
        for (var i = 0; i < options.Queries && stopwatch.Elapsed < options.Budget; i++)
        {
            var question = i % questions.Count;
            var start = Stopwatch.GetTimestamp();
            var found = await knowledge.SearchAsync(questions[question].Text).ConfigureAwait(false);
            var milliseconds = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            hits[question] = found.Count;
            perQuestion[question].Add(milliseconds);
            all.Add(milliseconds);
        }

        var gcs = Enumerable.Range(0, 3).Select(g => GC.CollectionCount(g) - collections[g]).ToArray();
        allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        // The first and last tenth of the run, in the order the queries ran: a cost that grows with the number of
        // queries served (state piling up) shows here, while the percentiles below would only widen.
        var tenth = Math.Max(1, all.Count / 10);
        var drift = all.Count >= 2 * tenth
            ? string.Create(Invariant, $"; mean of the first {tenth} queries {all.Take(tenth).Average():F3} ms, of the last {tenth} {all.TakeLast(tenth).Average():F3} ms")
            : string.Empty;
        all.Sort();
        Console.WriteLine();
        Console.WriteLine(string.Create(Invariant,
            $"== {name}: {knowledge.Sources.Count} sources, {knowledge.Passages.Count} passages; generated in {prepared.TotalMilliseconds:F0} ms, " +
            $"index built in {built.TotalMilliseconds:F0} ms (one cold run)"));
        Console.WriteLine(string.Create(Invariant,
            $"   {all.Count} queries{(all.Count < options.Queries ? " (time budget reached)" : string.Empty)}: " +
            $"mean {(all.Count > 0 ? all.Average() : double.NaN):F3} ms, p50 {Percentiles.Of(all, 50):F3} ms, p95 {Percentiles.Of(all, 95):F3} ms, " +
            $"p99 {Percentiles.Of(all, 99):F3} ms, max {(all.Count > 0 ? all[^1] : double.NaN):F3} ms; GCs gen0/1/2 {gcs[0]}/{gcs[1]}/{gcs[2]}, " +
            $"{(all.Count > 0 ? allocated / 1024.0 / all.Count : double.NaN):F0} KB allocated per query{drift}"));
        Console.WriteLine("   kind         ranked  hits  timed   p50 ms   p99 ms  question");
        for (var q = 0; q < questions.Count; q++)
        {
            perQuestion[q].Sort();
            Console.WriteLine(string.Create(Invariant,
                $"   {questions[q].Kind,-12} {Show(ranked[q]),6} {Show(hits[q]),5} {perQuestion[q].Count,6} " +
                $"{Percentiles.Of(perQuestion[q], 50),8:F3} {Percentiles.Of(perQuestion[q], 99),8:F3}  {questions[q].Text}"));
        }
    }

    private static string Show(int? count) => count?.ToString(Invariant) ?? "-";
}
