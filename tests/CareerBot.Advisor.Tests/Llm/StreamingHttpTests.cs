using CareerBot.Advisor.Grounding;
using CareerBot.Testing;
using CareerBot.Advisor.Answers;
using CareerBot.Advisor.Tests.Llm.Support;

namespace CareerBot.Advisor.Tests.Llm;

/// <summary>
/// Sentence-level guarded streaming over real SSE: progress shows only sentences that passed the checks, and stops at
/// the first one that does not; the final update replaces what was shown.
/// </summary>
[Collection(LlmCollection.Name)]
public sealed class StreamingHttpTests(RepositoryKnowledge knowledge)
{
    private const string Question = "Quel est le salaire d'un prompt engineer ?";

    /// <summary>
    /// These tests are about what streaming shows, not about the model's deadline: a budget far above the fake model's
    /// few milliseconds, so that a busy machine's slow first call never turns them into the offline fallback.
    /// </summary>
    private static Dictionary<string, string?> Patient => new() { ["Llm:TimeoutSeconds"] = "30" };

    [Fact]
    public async Task Progress_made_of_whole_checked_sentences_arrives_before_the_final_answer()
    {
        await using var harness = await AdvisorHarness.StartAsync(knowledge.Knowledge, Patient);
        harness.Server.ChunkDelay = TimeSpan.FromMilliseconds(10);
        harness.Server.Responder = chat => FakeReply.Completion(ThreeSentences(chat));
        var streamsDoneAtFirstProgress = -1;

        var updates = new List<AnswerUpdate>();
        await foreach (var update in harness.Answers.StreamAsync(new AnswerRequest(Question, "fr")))
        {
            if (update.Partial is not null && streamsDoneAtFirstProgress < 0)
            {
                streamsDoneAtFirstProgress = harness.Server.CompletedStreams;
            }

            updates.Add(update);
        }

        Assert.Equal(0, streamsDoneAtFirstProgress); // shown while the model was still writing
        var final = updates[^1].Final!;
        Assert.Equal(AnswerOrigin.Llm, final.Origin);
        Assert.Equal(CitationMentions.Renumber(ThreeSentences(harness.Server.Chats[0])).Text, final.Text);
        var progress = updates.Where(u => u.Partial is not null).Select(u => u.Partial!).ToList();
        Assert.True(progress.Count >= 2, $"{progress.Count} progress updates");
        Assert.All(progress, p => Assert.StartsWith(p, final.Text, StringComparison.Ordinal));
        Assert.All(progress, p => Assert.Matches(@"[.!?]( \[\d+\])?$", p));
        Assert.Single(updates, u => u.Final is not null);
        Assert.True(harness.Server.Chats[0].Stream);
    }

    [Fact]
    public async Task An_invented_figure_in_a_later_sentence_never_appears_in_any_progress()
    {
        await using var harness = await AdvisorHarness.StartAsync(knowledge.Knowledge, Patient);
        harness.Server.ChunkDelay = TimeSpan.FromMilliseconds(5);
        harness.Server.Responder = chat => FakeReply.Completion(
            $"Un prompt engineer débutant gagne 5 850 € brut par mois [{Cite(chat, "5 850")}]. Certains touchent même 1 000 000 € par mois [{Cite(chat, "5 850")}]. Les sources le confirment.");

        var updates = await ResilienceHttpTests.Collect(harness.Answers.StreamAsync(new AnswerRequest(Question, "fr")));

        var progress = updates.Where(u => u.Partial is not null).Select(u => u.Partial!).ToList();
        Assert.NotEmpty(progress);
        Assert.All(progress, p => Assert.DoesNotContain("1 000 000", p, StringComparison.Ordinal));
        Assert.Contains(progress, p => p.Contains("5 850", StringComparison.Ordinal));
        var final = updates[^1].Final!;
        Assert.Equal(AnswerOrigin.Extractive, final.Origin);
        Assert.DoesNotContain("1 000 000", final.Text, StringComparison.Ordinal);
        Assert.Equal(2, harness.Server.Chats.Count);
        Assert.False(harness.Server.Chats[1].Stream); // the regeneration is not streamed
        Assert.Contains("1 000 000", harness.Server.Chats[1].LastUser, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rejected_stream_ends_with_the_regenerated_answer_when_it_passes()
    {
        await using var harness = await AdvisorHarness.StartAsync(knowledge.Knowledge, Patient);
        harness.Server.Script(FakeReply.Completion("Certains touchent 1 000 000 € par mois [1]. Voilà."));
        harness.Server.Responder = chat => FakeReply.Completion(ThreeSentences(chat));

        var updates = await ResilienceHttpTests.Collect(harness.Answers.StreamAsync(new AnswerRequest(Question, "fr")));

        Assert.DoesNotContain(updates, u => u.Partial is not null);
        Assert.Equal(AnswerOrigin.Llm, updates[^1].Final!.Origin);
        Assert.Equal(CitationMentions.Renumber(ThreeSentences(harness.Server.Chats[1])).Text, updates[^1].Final!.Text);
    }

    [Fact]
    public async Task With_streaming_off_only_the_final_answer_comes()
    {
        await using var harness = await AdvisorHarness.StartAsync(knowledge.Knowledge, new(Patient) { ["Llm:Stream"] = "false" });
        harness.Server.Responder = chat => FakeReply.Completion(ThreeSentences(chat));

        var updates = await ResilienceHttpTests.Collect(harness.Answers.StreamAsync(new AnswerRequest(Question, "fr")));

        var update = Assert.Single(updates);
        Assert.Equal(AnswerOrigin.Llm, update.Final!.Origin);
        Assert.False(Assert.Single(harness.Server.Chats).Stream);
    }

    private static string ThreeSentences(RecordedChat chat) =>
        $"Un prompt engineer débutant gagne 5 850 € brut par mois [{Cite(chat, "5 850")}]. " +
        $"Un prompt engineer confirmé gagne 16 150 € brut par mois [{Cite(chat, "16 150")}]. " +
        "Les sources ne donnent pas d'autre chiffre pour ce niveau.";

    private static int Cite(RecordedChat chat, string figure) => PromptReader.SourceContaining(chat.User, figure) ?? 1;
}
