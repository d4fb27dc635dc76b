using CareerBot.Advisor.Answers;
using CareerBot.Advisor.Tests.Llm.Support;
using CareerBot.Testing;

namespace CareerBot.Advisor.Tests.Llm;

/// <summary>The tokens counter reads the usage block the OpenAI-compatible server returns, through the real connector.</summary>
[Collection(LlmCollection.Name)]
public sealed class LlmTokenTelemetryTests(RepositoryKnowledge knowledge)
{
    [Fact]
    public async Task The_usage_block_of_the_response_is_counted_as_input_and_output_tokens()
    {
        await using var harness = await AdvisorHarness.StartAsync(knowledge.Knowledge);
        harness.Server.PromptTokens = 321;
        harness.Server.CompletionTokens = 45;
        harness.Server.Responder = chat => FakeReply.Completion(
            $"Un prompt engineer débutant gagne 5 850 € brut par mois [{PromptReader.SourceContaining(chat.User, "5 850")}].");
        using var capture = new TelemetryCapture(AdvisorTelemetry.Name);

        var answer = await harness.Answers.AnswerAsync(new AnswerRequest("Quel est le salaire d'un prompt engineer débutant ?", "fr"));

        Assert.Equal(AnswerOrigin.Llm, answer.Origin);
        var tokens = capture.Of(AdvisorTelemetry.LlmTokens);
        Assert.Equal(321, Assert.Single(tokens, t => (string?)t.Tag(AdvisorTelemetry.TokenTypeTag) == "input").Value);
        Assert.Equal(45, Assert.Single(tokens, t => (string?)t.Tag(AdvisorTelemetry.TokenTypeTag) == "output").Value);
        Assert.All(tokens, t => Assert.Equal("answer", t.Tag(AdvisorTelemetry.PurposeTag)));
    }
}
