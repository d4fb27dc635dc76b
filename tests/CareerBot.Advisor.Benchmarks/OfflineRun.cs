using System.Diagnostics;
using System.Globalization;
using CareerBot.Advisor.Answers;
using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.Advisor.Benchmarks;

/// <summary>
/// The offline mode: the answer step without a language model (<c>Llm:Provider</c> None) on the real knowledge base.
/// Each timed query runs the same question twice, retrieval alone then the whole answer step, so that their
/// difference is what the answer step adds to retrieval (fact selection, grounding, extractive composition). The two
/// loops stop at their count or when the time budget is spent.
/// </summary>
internal static class OfflineRun
{
    /// <summary>What the answer step asks the knowledge base for (its <c>FollowUpRetriever.TopPassages</c>).</summary>
    private const int TopPassages = 5;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static async Task RunAsync(OfflineOptions options)
    {
        var questions = AdvisorQuestions.All;
        Console.WriteLine(string.Create(Invariant,
            $"Offline mode (Llm:Provider None): {OfflineOptions.Warmup} warm-up answers, then up to {options.Queries} timed queries within " +
            $"{OfflineOptions.Budget.TotalSeconds:F0} s, the {questions.Count} questions in turn; {Environment.ProcessorCount} cores, " +
            $".NET {Environment.Version}, server GC {System.Runtime.GCSettings.IsServerGC}."));
        using var knowledge = await RepositoryKnowledge.LoadAsync().ConfigureAwait(false);
        await using var services = AdvisorServices.Build(knowledge.Base, new() { ["Llm:Provider"] = "None" });
        var search = knowledge.Base;
        var answers = services.GetRequiredService<IAnswerService>();

        var stopwatch = Stopwatch.StartNew();
        var origins = new AnswerOrigin?[questions.Count];
        for (var i = 0; i < OfflineOptions.Warmup && stopwatch.Elapsed < OfflineOptions.Budget; i++)
        {
            var question = questions[i % questions.Count];
            await search.SearchAsync(question.Text, TopPassages).ConfigureAwait(false);
            origins[i % questions.Count] = (await answers.AnswerAsync(new AnswerRequest(question.Text, question.Language)).ConfigureAwait(false)).Origin;
        }

        var retrieval = new Durations();
        var answerStep = new Durations();
        var added = new Durations();
        var addedPerQuestion = questions.Select(_ => new Durations()).ToArray();
        long searchBytes = 0, answerBytes = 0;
        var collections = Enumerable.Range(0, 3).Select(GC.CollectionCount).ToArray();
        stopwatch.Restart();
        for (var i = 0; i < options.Queries && stopwatch.Elapsed < OfflineOptions.Budget; i++)
        {
            var question = questions[i % questions.Count];
            // Allocations are read outside the timed spans: the precise count walks every thread's allocation context.
            var before = GC.GetTotalAllocatedBytes(precise: true);
            var start = Stopwatch.GetTimestamp();
            await search.SearchAsync(question.Text, TopPassages).ConfigureAwait(false);
            var searched = Stopwatch.GetElapsedTime(start);
            var between = GC.GetTotalAllocatedBytes(precise: true);
            start = Stopwatch.GetTimestamp();
            await answers.AnswerAsync(new AnswerRequest(question.Text, question.Language)).ConfigureAwait(false);
            var answered = Stopwatch.GetElapsedTime(start);
            var after = GC.GetTotalAllocatedBytes(precise: true);
            searchBytes += between - before;
            answerBytes += after - between;
            retrieval.Add(searched);
            answerStep.Add(answered);
            added.Add(answered - searched);
            addedPerQuestion[i % questions.Count].Add(answered - searched);
        }

        var gcs = Enumerable.Range(0, 3).Select(g => GC.CollectionCount(g) - collections[g]).ToArray();
        var count = answerStep.Count;
        Console.WriteLine();
        Console.WriteLine(string.Create(Invariant,
            $"== real knowledge: {knowledge.Base.Sources.Count} sources, {knowledge.Base.Passages.Count} passages; {count} timed queries" +
            $"{(count < options.Queries ? " (time budget reached)" : string.Empty)}; GCs gen0/1/2 {gcs[0]}/{gcs[1]}/{gcs[2]}"));
        Console.WriteLine("   retrieval (SearchAsync, top 5)     " + retrieval.Summary("F3"));
        Console.WriteLine("   answer step (AnswerAsync)          " + answerStep.Summary("F3"));
        Console.WriteLine("   added (answer − retrieval, paired) " + added.Summary("F3"));
        Console.WriteLine(string.Create(Invariant,
            $"   allocated per query: retrieval {searchBytes / 1024.0 / count:F1} KB, answer step {answerBytes / 1024.0 / count:F1} KB " +
            $"(added {(answerBytes - searchBytes) / 1024.0 / count:F1} KB)"));
        Console.WriteLine("   kind         origin      added p50 ms  question");
        for (var q = 0; q < questions.Count; q++)
        {
            Console.WriteLine(string.Create(Invariant,
                $"   {questions[q].Kind,-12} {origins[q]?.ToString() ?? "-",-11} {addedPerQuestion[q].Percentile(50),12:F3}  {questions[q].Text}"));
        }
    }
}
