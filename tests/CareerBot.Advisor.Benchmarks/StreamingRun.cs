using System.Diagnostics;
using System.Globalization;
using CareerBot.Advisor.Answers;
using CareerBot.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.Advisor.Benchmarks;

/// <summary>
/// The streaming mode: the answer step with an OpenAI-compatible model (a <see cref="FakeOpenAiServer"/> streaming
/// <see cref="GroundedSalaryModel"/>'s answer at a fixed pace) on the real knowledge base. Each run streams the answer
/// through <see cref="IAnswerService.StreamAsync"/>, then replays the very request it sent with a
/// <see cref="StreamProbe"/>, which sees the model's own first token and end. Runs are sequential, so that the two
/// never share the 2 cores.
/// </summary>
internal static class StreamingRun
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static async Task<int> RunAsync(StreamingOptions options)
    {
        Console.WriteLine(string.Create(Invariant,
            $"Streaming mode (Llm:Provider OpenAI, fake server on 127.0.0.1): {StreamingOptions.Warmup} warm-up then {options.Runs} timed runs; " +
            $"model: first chunk after {options.FirstToken.TotalMilliseconds:F0} ms, then one word every {options.PerToken.TotalMilliseconds:F0} ms; " +
            $"{Environment.ProcessorCount} cores, .NET {Environment.Version}."));
        using var knowledge = await RepositoryKnowledge.LoadAsync().ConfigureAwait(false);
        await using var server = await FakeOpenAiServer.StartAsync().ConfigureAwait(false);
        server.FirstChunkDelay = options.FirstToken;
        server.ChunkDelay = options.PerToken;
        server.Responder = chat => FakeReply.Completion(GroundedSalaryModel.Reply(chat));
        await using var services = AdvisorServices.Build(knowledge.Base, new()
        {
            ["Llm:Provider"] = "OpenAI",
            ["Llm:Endpoint"] = server.Endpoint.ToString(),
            ["Llm:ApiKey"] = AdvisorServices.ApiKey,
            ["Llm:ChatModel"] = "fake",
            // Far above a run's length: the budget must never cut a stream and turn it into the extractive answer.
            ["Llm:TimeoutSeconds"] = "120",
        });
        var answers = services.GetRequiredService<IAnswerService>();
        using var probe = new StreamProbe(server.Endpoint);

        var firstToken = new Durations();
        var firstText = new Durations();
        var final = new Durations();
        var modelStream = new Durations();
        var guarding = new Durations();
        var sentenceDone = new Durations();
        var ownWork = new Durations();
        var afterModel = new Durations();
        var rejected = 0;
        string? reply = null;
        for (var run = -StreamingOptions.Warmup; run < options.Runs; run++)
        {
            var answer = await StreamAnswerAsync(answers).ConfigureAwait(false);
            // The streamed request of this run (a rejected stream would be followed by a non-streamed regeneration).
            var chat = server.Chats.Last(c => c.Stream);
            reply = GroundedSalaryModel.Reply(chat);
            var model = await probe.MeasureAsync(chat.Body, GroundedSalaryModel.ChunksToFirstSentence(reply)).ConfigureAwait(false);
            if (run < 0)
            {
                continue;
            }

            // A run whose answer is not the model's text unchanged measured a fallback, not streaming: counted, not kept.
            if (answer.Final.Origin != AnswerOrigin.Llm || answer.Final.Text != reply || answer.FirstText is not { } shown)
            {
                rejected++;
                continue;
            }

            firstToken.Add(model.FirstChunk);
            firstText.Add(shown);
            final.Add(answer.Elapsed);
            modelStream.Add(model.Done);
            guarding.Add(shown - model.FirstChunk);
            sentenceDone.Add(model.Chunk);
            ownWork.Add(shown - model.Chunk);
            afterModel.Add(answer.Elapsed - model.Done);
        }

        var chunks = reply?.Split(' ').Length ?? 0;
        var firstSentence = reply is null ? 0 : GroundedSalaryModel.ChunksToFirstSentence(reply);
        Console.WriteLine();
        Console.WriteLine(string.Create(Invariant,
            $"== question \"{GroundedSalaryModel.Question}\": {firstText.Count} runs kept, {rejected} not answered by the streamed model text; " +
            $"the answer is {chunks} chunks, the first sentence can be shown once chunk {firstSentence} (e) has come"));
        Console.WriteLine("   (a) model first token (bare HttpClient)   " + firstToken.Summary("F1"));
        Console.WriteLine("   (b) first visible text (first Progress)   " + firstText.Summary("F1"));
        Console.WriteLine("   (c) final answer (Done)                   " + final.Summary("F1"));
        Console.WriteLine("   (d) model stream to [DONE] (HttpClient)   " + modelStream.Summary("F1"));
        Console.WriteLine("   (b − a) sentence-level guarding, paired   " + guarding.Summary("F1"));
        Console.WriteLine("   (c − d) after the model's end, paired     " + afterModel.Summary("F1"));
        Console.WriteLine("   (e) chunk ending sentence 1 (HttpClient)  " + sentenceDone.Summary("F1"));
        Console.WriteLine("   (b − e) answer step's own part of (b − a) " + ownWork.Summary("F1"));

        return rejected == 0 ? 0 : 1;
    }

    /// <summary>Streams one answer: time to the first progress text (null if none came) and to the final answer.</summary>
    private static async Task<(TimeSpan? FirstText, TimeSpan Elapsed, Answer Final)> StreamAnswerAsync(IAnswerService answers)
    {
        TimeSpan? firstText = null;
        Answer? final = null;
        var start = Stopwatch.GetTimestamp();
        await foreach (var update in answers.StreamAsync(new AnswerRequest(GroundedSalaryModel.Question, "fr")).ConfigureAwait(false))
        {
            if (update.Partial is not null)
            {
                firstText ??= Stopwatch.GetElapsedTime(start);
            }

            final = update.Final ?? final;
        }

        var elapsed = Stopwatch.GetElapsedTime(start);
        return (firstText, elapsed, final ?? throw new InvalidOperationException("The stream ended without a final answer."));
    }
}
