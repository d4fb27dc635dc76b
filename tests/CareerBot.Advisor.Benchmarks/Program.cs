using CareerBot.Advisor.Benchmarks;

// Latency of the advisor's answer step on the repository's knowledge folder. Prints figures, asserts nothing.
//
//   dotnet run -c Release --project tests/CareerBot.Advisor.Benchmarks -- --offline [--queries N]
//     Without a language model (Llm:Provider None): per query, retrieval alone (IKnowledgeSearch.SearchAsync) and the
//     whole answer step (IAnswerService.AnswerAsync), their paired difference (what the answer step adds), and the
//     bytes each allocates. Defaults: 5000 queries, within 60 s.
//
//   dotnet run -c Release --project tests/CareerBot.Advisor.Benchmarks -- --streaming [--runs N] [--first-token-ms 300] [--token-ms 25]
//     With a fake OpenAI-compatible server (127.0.0.1) streaming a grounded three-sentence answer at a fixed pace: the
//     model's first token and end as a bare HttpClient sees them, the answer step's first visible text and final
//     answer (IAnswerService.StreamAsync), and the difference the sentence-level guard makes. Defaults: 20 runs.
//     Exits 1 when a run did not deliver the model's text (a fallback was measured instead).
//
//   dotnet run -c Release --project tests/CareerBot.Advisor.Benchmarks -- --compose [--passes N]
//     Without a language model and without the answer cache: one answer to each question of the development
//     conversation set (follow-ups with their conversation), timed alone, N passes (default 50): p50/p95/p99/max; then
//     BenchmarkDotNet's mean and allocations per answer over the whole set. Exits 1 when p50 >= 0.3 ms or p99 >= 2 ms.
//
// See README.md beside this file for what the figures mean.
try
{
    if (args.Contains(OfflineOptions.Switch))
    {
        await OfflineRun.RunAsync(OfflineOptions.Parse(args));
        return 0;
    }

    if (args.Contains(ComposeOptions.Switch))
    {
        return await ComposeRun.RunAsync(ComposeOptions.Parse(args));
    }

    if (args.Contains(StreamingOptions.Switch))
    {
        return await StreamingRun.RunAsync(StreamingOptions.Parse(args));
    }

    throw new ArgumentException($"Choose a mode: {OfflineOptions.Switch} [--queries N], {ComposeOptions.Switch} [--passes N] or {StreamingOptions.Switch} [--runs N] [--first-token-ms MS] [--token-ms MS].");
}
catch (ArgumentException ex)
{
    Console.Error.WriteLine(ex.Message);
    return 2;
}
