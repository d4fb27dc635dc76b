using CareerBot.Advisor.Answers;
using CareerBot.Advisor.Grounding;
using CareerBot.Knowledge;
using CareerBot.Testing;
using Moq;

namespace CareerBot.Advisor.Tests.Answers;

/// <summary>The answer step's instruments, read with listeners (no exporter).</summary>
public sealed class AnswerTelemetryTests
{
    private const string Question = "Combien gagne un prompt engineer chez Globex ?";

    [Fact]
    public async Task Each_problem_of_a_rejected_answer_is_counted_with_its_kind_and_the_offline_answer_as_a_fallback()
    {
        var fixture = RejectingFixture();
        using var capture = new TelemetryCapture(AdvisorTelemetry.Name);

        await fixture.Build().AnswerAsync(new AnswerRequest(Question, "fr"));

        var rejections = capture.Of(AdvisorTelemetry.GuardRejections);
        Assert.Equal(["Name", "Number", "Number"], rejections.Select(r => (string)r.Tag(AdvisorTelemetry.KindTag)!).Order());
        Assert.All(rejections, r => Assert.Equal(1, r.Value));
        var fallback = Assert.Single(capture.Of(AdvisorTelemetry.AnswerFallbacks));
        Assert.Equal("rejected", fallback.Tag(AdvisorTelemetry.ReasonTag));
        Assert.Equal("extractive", Assert.Single(capture.Of(AdvisorTelemetry.AnswerDuration)).Tag(AdvisorTelemetry.OriginTag));
        Assert.Equal(["answer", "regenerate"], capture.Of(AdvisorTelemetry.LlmDuration).Select(m => (string)m.Tag(AdvisorTelemetry.PurposeTag)!));
        Assert.Equal(2, capture.Spans.Count(s => s.OperationName == AdvisorTelemetry.LlmSpan));
        Assert.Single(capture.Spans, s => s.OperationName == AdvisorTelemetry.AnswerSpan);
    }

    [Fact]
    public async Task A_failing_model_is_counted_as_a_fallback_with_the_failure_and_its_call_as_failed()
    {
        var fixture = new AnswerServiceFixture();
        fixture.Passages(Question, AnswerServiceFixture.Hit(1, "Salaire : 5 850 €."));
        fixture.Replies.Enqueue(_ => throw new HttpRequestException("connection refused"));
        using var capture = new TelemetryCapture(AdvisorTelemetry.Name);

        var answer = await fixture.Build().AnswerAsync(new AnswerRequest(Question, "fr"));

        Assert.Equal(AnswerOrigin.Extractive, answer.Origin);
        Assert.Equal("error", Assert.Single(capture.Of(AdvisorTelemetry.AnswerFallbacks)).Tag(AdvisorTelemetry.ReasonTag));
        Assert.Equal("error", Assert.Single(capture.Of(AdvisorTelemetry.LlmDuration)).Tag(AdvisorTelemetry.OutcomeTag));
        Assert.Empty(capture.Of(AdvisorTelemetry.GuardRejections));
    }

    [Fact]
    public async Task An_accepted_model_answer_is_measured_with_the_llm_origin_and_no_fallback()
    {
        var fixture = new AnswerServiceFixture();
        fixture.Passages(Question, AnswerServiceFixture.Hit(1, "Salaire : 5 850 €."));
        fixture.Reply("Il gagne 5 850 € [1].");
        using var capture = new TelemetryCapture(AdvisorTelemetry.Name);

        await fixture.Build().AnswerAsync(new AnswerRequest(Question, "fr"));

        Assert.Equal("llm", Assert.Single(capture.Of(AdvisorTelemetry.AnswerDuration)).Tag(AdvisorTelemetry.OriginTag));
        Assert.Equal("ok", Assert.Single(capture.Of(AdvisorTelemetry.LlmDuration)).Tag(AdvisorTelemetry.OutcomeTag));
        Assert.Empty(capture.Of(AdvisorTelemetry.AnswerFallbacks));
    }

    [Fact]
    public async Task No_tag_carries_the_question_nor_the_rejected_text()
    {
        var fixture = RejectingFixture();
        using var capture = new TelemetryCapture(AdvisorTelemetry.Name, KnowledgeTelemetry.Name);

        await fixture.Build().AnswerAsync(new AnswerRequest(Question, "fr"));

        var values = capture.TagValues();
        Assert.NotEmpty(values);
        Assert.DoesNotContain(values, v => v.Contains("Globex", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(values, v => v.Contains("prompt engineer", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(values, v => v.Contains("999", StringComparison.Ordinal) || v.Contains("Acme", StringComparison.Ordinal));
    }

    /// <summary>A model whose two answers both break the guard: two Number problems and one Name problem in all.</summary>
    private static AnswerServiceFixture RejectingFixture()
    {
        var fixture = new AnswerServiceFixture();
        fixture.Passages(Question, AnswerServiceFixture.Hit(1, "Salaire : 5 850 €."));
        fixture.Guard.Setup(g => g.Check(It.Is<string>(t => t.Contains("Acme", StringComparison.Ordinal)), It.IsAny<GroundingContext>()))
            .Returns(new GroundingReport([
                new GroundingViolation(GroundingViolationKind.Number, "999 €", "not in the passages"),
                new GroundingViolation(GroundingViolationKind.Name, "Acme", "not in the passages"),
            ]));
        fixture.Guard.Setup(g => g.Check("Il gagne 999 € [1].", It.IsAny<GroundingContext>()))
            .Returns(new GroundingReport([new GroundingViolation(GroundingViolationKind.Number, "999 €", "not in the passages")]));
        fixture.Reply("Il gagne 999 € chez Acme [1].", "Il gagne 999 € [1].");
        return fixture;
    }
}
