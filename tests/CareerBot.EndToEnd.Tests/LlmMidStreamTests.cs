using Stopwatch = System.Diagnostics.Stopwatch;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using CareerBot.BotFramework.Schema;
using CareerBot.Testing;

namespace CareerBot.EndToEnd.Tests;

/// <summary>
/// The language model fails in the middle of a streamed answer, in the real host with <c>Llm:Provider=OpenAI</c>
/// pointed at a local OpenAI-compatible server, talking to Web Chat through a channel connector: the connection drops
/// after a few chunks, or the server stops while it streams. The user sees the model's first sentence as it streams,
/// then the offline extractive, cited answer in its place (the final message of the same stream), within the model's
/// time budget; the failure is logged and counted.
/// </summary>
public sealed class LlmMidStreamTests : IDisposable
{
    private const string Question = "Quel est le salaire d'un prompt engineer junior en France ?";
    private const int TimeoutSeconds = 8;

    // The grounded answer's first sentence is about 20 words: the cut falls in the second one, after the first was shown.
    private const int ChunksBeforeTheCut = 24;

    private static readonly ResourceManager AdvisorMessages =
        new("CareerBot.Advisor.Resources.AdvisorMessages", typeof(CareerBot.Advisor.Conversation.AnswerReplier).Assembly);

    private readonly TempDirectory _dataDirectory = new();

    [Fact]
    public async Task A_connection_dropped_mid_stream_ends_with_the_extractive_answer_in_place_of_the_partial_text()
    {
        await using var openAi = await FakeOpenAiServer.StartAsync();
        openAi.ChunkDelay = TimeSpan.FromMilliseconds(40);
        openAi.Responder = chat => FakeReply.CutStream(AdvisorAnswerTests.GroundedJuniorSalary(chat), ChunksBeforeTheCut);
        await using var channel = await FakeChannelConnector.StartAsync();
        await using var bot = await BotProcess.StartAsync(Settings(openAi));

        var (replies, elapsed) = await AskAsync(bot, channel, "conv-cut");

        AssertTheExtractiveAnswerReplacedThePartialText(channel, replies);
        Assert.True(elapsed < TimeSpan.FromSeconds(TimeoutSeconds + 1), $"answered after {elapsed}");
        Assert.Equal(0, openAi.CompletedStreams);
        await AssertTheFailureIsLoggedAndCountedAsync(bot);
    }

    [Fact]
    public async Task A_model_server_stopped_mid_stream_ends_with_the_extractive_answer_and_the_next_question_is_answered_offline()
    {
        await using var openAi = await FakeOpenAiServer.StartAsync();
        openAi.ChunkDelay = TimeSpan.FromMilliseconds(40);
        openAi.Responder = chat => FakeReply.CutStream(AdvisorAnswerTests.GroundedJuniorSalary(chat), ChunksBeforeTheCut, stall: true);
        await using var channel = await FakeChannelConnector.StartAsync();
        await using var bot = await BotProcess.StartAsync(Settings(openAi));

        var asking = AskAsync(bot, channel, "conv-stopped");
        await openAi.Stalled.WaitAsync(TimeSpan.FromSeconds(30));
        await openAi.StopNowAsync();
        var (replies, elapsed) = await asking;

        var fallback = AssertTheExtractiveAnswerReplacedThePartialText(channel, replies);
        Assert.True(elapsed < TimeSpan.FromSeconds(TimeoutSeconds + 1), $"answered after {elapsed}");
        await AssertTheFailureIsLoggedAndCountedAsync(bot);

        // Nothing listens any more: the next answer is offline too, and the second failure opens the circuit.
        var (next, _) = await AskAsync(bot, channel, "conv-stopped");
        var final = Assert.Single(next, r => r.Type == ActivityTypes.Message);
        AssertTheOfflineAnswer(final.Text);
        Assert.Equal(fallback.Text, final.Text);
        Assert.True(await bot.WaitForOutputAsync("Language model circuit opened", TimeSpan.FromSeconds(10)), "the circuit opened");
    }

    public void Dispose() => _dataDirectory.Dispose();

    private Dictionary<string, string?> Settings(FakeOpenAiServer openAi) => new(BotProcess.SqliteSettings(_dataDirectory))
    {
        ["Bot__Mode"] = "Advisor",
        ["Llm__Provider"] = "OpenAI",
        ["Llm__Endpoint"] = openAi.Endpoint.ToString(),
        ["Llm__ChatModel"] = "fake-model",
        ["Llm__ApiKey"] = "test-key",
        ["Llm__TimeoutSeconds"] = TimeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Llm__CircuitBreaker__MinimumCalls"] = "2",
        ["Telemetry__Exporter"] = "Console",
        ["Telemetry__MetricExportIntervalMs"] = "500",
    };

    /// <summary>Asks <see cref="Question"/> on Web Chat (normal delivery) and returns what reached the channel once the final message did, and how long that took.</summary>
    private static async Task<(IReadOnlyList<Activity> Replies, TimeSpan Elapsed)> AskAsync(BotProcess bot, FakeChannelConnector channel, string conversationId)
    {
        using var http = new HttpClient { BaseAddress = bot.BaseAddress };
        var message = BotClient.NewActivity(ActivityTypes.Message, conversationId, Question, channel.ServiceUrl.ToString(), DeliveryModes.Normal);
        message.ChannelId = "webchat";
        var stopwatch = Stopwatch.StartNew();
        using var response = await new BotClient(http, conversationId).PostAsync(message);
        response.EnsureSuccessStatusCode();
        await channel.WaitForAsync(r => r.ReadActivity() is { Type: ActivityTypes.Message } a && a.ReplyToId == message.Id, TimeSpan.FromSeconds(30));
        stopwatch.Stop();
        return (channel.Delivered.Select(r => r.ReadActivity()).Where(a => a.ReplyToId == message.Id).ToList(), stopwatch.Elapsed);
    }

    /// <summary>
    /// What Web Chat ends up showing: the model's first sentence came as a streaming update, then one final message of
    /// the same stream (which replaces the update's text) carrying the extractive, cited answer, not the model's words.
    /// The stream's id is the id the channel gave its first update.
    /// </summary>
    private static Activity AssertTheExtractiveAnswerReplacedThePartialText(FakeChannelConnector channel, IReadOnlyList<Activity> replies)
    {
        var updates = replies.Where(r => r.Type == ActivityTypes.Typing && AdvisorAnswerTests.StreamField(r, "streamType") == "streaming").ToList();
        var final = Assert.Single(replies, r => r.Type == ActivityTypes.Message);
        Assert.Contains(updates, u => AdvisorAnswerTests.Flat(u.Text).StartsWith("En France, un prompt engineer junior", StringComparison.Ordinal));
        Assert.Equal("final", AdvisorAnswerTests.StreamField(final, "streamType"));
        var firstUpdate = channel.Requests.Select((r, index) => (Activity: r.ReadActivity(), Index: index))
            .First(r => r.Activity.ReplyToId == final.ReplyToId && AdvisorAnswerTests.StreamField(r.Activity, "streamType") == "streaming");
        var streamId = $"activity-{firstUpdate.Index}";
        Assert.Equal(streamId, AdvisorAnswerTests.StreamField(final, "streamId"));
        Assert.All(updates.Skip(1), u => Assert.Equal(streamId, AdvisorAnswerTests.StreamField(u, "streamId")));
        Assert.Same(final, replies[^1]);
        AssertTheOfflineAnswer(final.Text);
        return final;
    }

    /// <summary>
    /// The offline answer to the French junior salary question, not the model's: the junior range by value, cited for
    /// Web Chat, the composer's own note that the sources disagree (AdvisorMessages.NoteDisagree, which the model's
    /// answer does not have) and none of the model's words.
    /// </summary>
    private static void AssertTheOfflineAnswer(string? text)
    {
        var flat = AdvisorAnswerTests.Flat(text);
        Assert.Contains("45 000", flat, StringComparison.Ordinal);
        Assert.Contains("60 000", flat, StringComparison.Ordinal);
        Assert.Contains(AdvisorMessages.GetString("NoteDisagree", CultureInfo.GetCultureInfo("fr"))!, flat, StringComparison.Ordinal);
        Assert.DoesNotContain("En France, un prompt engineer junior peut espérer", flat, StringComparison.Ordinal);
        Assert.Matches(new Regex(@"\[\d+\]: cite:\d+"), text!);
    }

    private static async Task AssertTheFailureIsLoggedAndCountedAsync(BotProcess bot)
    {
        string[] expected =
        [
            "Language model call 'answer (streamed)' failed: Error",
            "Extractive answer given instead of the language model's",
            "Metric Name: careerbot.answer.fallbacks",
            "careerbot.reason: error",
        ];
        foreach (var line in expected)
        {
            Assert.True(await bot.WaitForOutputAsync(line, TimeSpan.FromSeconds(20)), $"not in the host's output: {line}\n{string.Join("\n", bot.Output.Split('\n').Where(l => l.Contains("model", StringComparison.OrdinalIgnoreCase)))}");
        }
    }
}
