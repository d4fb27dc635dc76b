using CareerBot.Testing;
using System.Diagnostics;
using CareerBot.Advisor.Answers;
using CareerBot.Advisor.Tests.Llm.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CareerBot.Advisor.Tests.Llm;

/// <summary>
/// A failing model server never fails the answer: whatever goes wrong, the extractive answer comes within
/// <c>TimeoutSeconds</c> + 1 s (a functional deadline of the bot, checked here with TimeoutSeconds = 2), with a log
/// line, and the client does not retry behind our back. A server that keeps failing is skipped by the circuit breaker.
/// </summary>
[Collection(LlmCollection.Name)]
public sealed class ResilienceHttpTests(RepositoryKnowledge knowledge)
{
    private const string Question = "Quel est le salaire d'un prompt engineer débutant ?";
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(AdvisorHarness.TimeoutSeconds + 1);

    public static TheoryData<string> Failures => ["500", "503", "429", "hang", "garbage", "empty", "close"];

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task A_failing_server_gives_the_extractive_answer_in_time_after_one_request(string failure)
    {
        await using var harness = await AdvisorHarness.StartAsync(knowledge.Knowledge);
        harness.Server.Responder = _ => Reply(failure);

        var stopwatch = Stopwatch.StartNew();
        var answer = await harness.Answers.AnswerAsync(new AnswerRequest(Question, "fr"));
        stopwatch.Stop();

        Assert.Equal(AnswerOrigin.Extractive, answer.Origin);
        AssertIsTheOfflineAnswer(await OfflineAnswerAsync(), answer);
        Assert.True(stopwatch.Elapsed < Deadline, $"answered after {stopwatch.Elapsed}");
        Assert.Single(harness.Server.Chats); // no retry, not even for 429 with Retry-After
        Assert.Contains(harness.Logs.Lines, l => l.EventId == 4101 && l.Level == LogLevel.Warning);
        Assert.Contains(harness.Logs.Lines, l => l.EventId == 4113);
    }

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task A_failing_server_while_streaming_gives_the_extractive_answer_in_time(string failure)
    {
        await using var harness = await AdvisorHarness.StartAsync(knowledge.Knowledge);
        harness.Server.Responder = _ => Reply(failure);

        var stopwatch = Stopwatch.StartNew();
        var updates = await Collect(harness.Answers.StreamAsync(new AnswerRequest(Question, "fr")));
        stopwatch.Stop();

        var final = Assert.Single(updates, u => u.Final is not null).Final!;
        Assert.Same(final, updates[^1].Final);
        Assert.Equal(AnswerOrigin.Extractive, final.Origin);
        AssertIsTheOfflineAnswer(await OfflineAnswerAsync(), final);
        Assert.True(stopwatch.Elapsed < Deadline, $"answered after {stopwatch.Elapsed}");
        Assert.True(Assert.Single(harness.Server.Chats).Stream);
    }

    [Fact]
    public async Task A_refused_connection_gives_the_extractive_answer_in_time()
    {
        await using var harness = await AdvisorHarness.StartAsync(knowledge.Knowledge, endpoint: FreePort.RefusingEndpoint());

        var stopwatch = Stopwatch.StartNew();
        var answer = await harness.Answers.AnswerAsync(new AnswerRequest(Question, "fr"));
        stopwatch.Stop();

        Assert.Equal(AnswerOrigin.Extractive, answer.Origin);
        Assert.True(stopwatch.Elapsed < Deadline, $"answered after {stopwatch.Elapsed}");
        Assert.Contains(harness.Logs.Lines, l => l.EventId == 4101 && l.Message.Contains("Error", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_slow_stream_is_cut_at_the_deadline()
    {
        await using var harness = await AdvisorHarness.StartAsync(knowledge.Knowledge);
        harness.Server.ChunkDelay = TimeSpan.FromMilliseconds(400);
        harness.Server.Responder = _ => FakeReply.Completion(
            "Le prompt engineer conçoit des requêtes. Il les teste. Il les améliore. Il documente son travail. Il forme ses collègues. Il suit les modèles.");

        var stopwatch = Stopwatch.StartNew();
        var updates = await Collect(harness.Answers.StreamAsync(new AnswerRequest(Question, "fr")));
        stopwatch.Stop();

        Assert.Equal(AnswerOrigin.Extractive, updates[^1].Final!.Origin);
        Assert.True(stopwatch.Elapsed < Deadline, $"answered after {stopwatch.Elapsed}");
        Assert.Contains(harness.Logs.Lines, l => l.EventId == 4101 && l.Message.Contains("Timeout", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Once_the_circuit_is_open_no_request_reaches_the_server()
    {
        await using var harness = await AdvisorHarness.StartAsync(knowledge.Knowledge, new()
        {
            ["Llm:CircuitBreaker:MinimumCalls"] = "2",
            ["Llm:CircuitBreaker:FailureRatio"] = "0.5",
            ["Llm:CircuitBreaker:BreakSeconds"] = "60",
        });
        harness.Server.Responder = _ => FakeReply.Status(500);
        var request = new AnswerRequest(Question, "fr");

        await harness.Answers.AnswerAsync(request);
        await harness.Answers.AnswerAsync(request);
        Assert.Equal(2, harness.Server.Chats.Count);

        var stopwatch = Stopwatch.StartNew();
        var answer = await harness.Answers.AnswerAsync(request);
        var updates = await Collect(harness.Answers.StreamAsync(request));
        stopwatch.Stop();

        Assert.Equal(AnswerOrigin.Extractive, answer.Origin);
        Assert.Equal(AnswerOrigin.Extractive, updates[^1].Final!.Origin);
        Assert.Equal(2, harness.Server.Chats.Count);
        Assert.True(stopwatch.Elapsed < Deadline, $"answered after {stopwatch.Elapsed}");
        Assert.Contains(harness.Logs.Lines, l => l.EventId == 4102);
        Assert.Contains(harness.Logs.Lines, l => l.EventId == 4101 && l.Message.Contains("CircuitOpen", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Rejected_answers_do_not_open_the_circuit()
    {
        await using var harness = await AdvisorHarness.StartAsync(knowledge.Knowledge, new()
        {
            ["Llm:CircuitBreaker:MinimumCalls"] = "2",
        });
        harness.Server.Responder = _ => FakeReply.Completion("Un prompt engineer débutant gagne 1 000 000 € par mois [1].");
        var request = new AnswerRequest(Question, "fr");

        await harness.Answers.AnswerAsync(request);
        await harness.Answers.AnswerAsync(request);

        Assert.Equal(4, harness.Server.Chats.Count);
        Assert.DoesNotContain(harness.Logs.Lines, l => l.EventId == 4102);
    }

    internal static async Task<List<AnswerUpdate>> Collect(IAsyncEnumerable<AnswerUpdate> updates)
    {
        var list = new List<AnswerUpdate>();
        await foreach (var update in updates)
        {
            list.Add(update);
        }

        return list;
    }

    /// <summary>The answer the offline step gives to <see cref="Question"/>: what a failing model must fall back to.</summary>
    private async Task<Answer> OfflineAnswerAsync()
    {
        using var offline = AdvisorHarness.Offline(knowledge.Knowledge);
        return await offline.GetRequiredService<IAnswerService>().AnswerAsync(new AnswerRequest(Question, "fr"));
    }

    private static void AssertIsTheOfflineAnswer(Answer offline, Answer answer)
    {
        Assert.Equal(offline.Text, answer.Text);
        Assert.Equal(offline.Sources, answer.Sources);
        Assert.NotEmpty(answer.Sources);
    }

    private static FakeReply Reply(string failure) => failure switch
    {
        "500" => FakeReply.Status(500),
        "503" => FakeReply.Status(503),
        "429" => FakeReply.Status(429, retryAfterSeconds: 1),
        "hang" => FakeReply.Hang,
        "garbage" => FakeReply.Garbage,
        "empty" => FakeReply.EmptyChoices,
        "close" => FakeReply.CloseConnection,
        _ => throw new ArgumentOutOfRangeException(nameof(failure)),
    };
}
