using CareerBot.BotFramework.Builder;
using CareerBot.Testing;

namespace CareerBot.BotFramework.Tests.Builder;

/// <summary>The adapter's pipeline measures every turn: its span, time and outcome, and counts the ones that throw.</summary>
public sealed class BotTelemetryTests
{
    [Fact]
    public async Task A_turn_is_one_span_and_one_duration_tagged_with_channel_type_and_outcome()
    {
        var adapter = new RecordingAdapter();
        using var capture = new TelemetryCapture(BotTelemetry.Name);

        await adapter.ProcessAsync(RecordingAdapter.Message("Bonjour, je m'appelle Camille", channelId: "msteams"), (turn, token) => turn.SendActivityAsync("Salut", cancellationToken: token));

        var duration = Assert.Single(capture.Of(BotTelemetry.TurnDuration));
        Assert.Equal("msteams", duration.Tag(BotTelemetry.ChannelTag));
        Assert.Equal("message", duration.Tag(BotTelemetry.TypeTag));
        Assert.Equal("ok", duration.Tag(BotTelemetry.OutcomeTag));
        Assert.Single(capture.Spans, s => s.OperationName == BotTelemetry.TurnSpan);
        Assert.Empty(capture.Of(BotTelemetry.TurnErrors));
        Assert.DoesNotContain(capture.TagValues(), v => v.Contains("Camille", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_turn_that_throws_is_counted_as_an_error_even_when_the_error_handler_answers()
    {
        var adapter = new RecordingAdapter { OnTurnError = (_, _) => Task.CompletedTask };
        using var capture = new TelemetryCapture(BotTelemetry.Name);

        await adapter.ProcessAsync(RecordingAdapter.Message("Bonjour"), (_, _) => throw new InvalidOperationException("bot bug"));

        Assert.Equal("test", Assert.Single(capture.Of(BotTelemetry.TurnErrors)).Tag(BotTelemetry.ChannelTag));
        Assert.Equal("error", Assert.Single(capture.Of(BotTelemetry.TurnDuration)).Tag(BotTelemetry.OutcomeTag));
    }
}
