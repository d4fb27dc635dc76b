using System.Net;
using CareerBot.BotFramework.Builder.Streaming;
using CareerBot.BotFramework.Connector;
using CareerBot.BotFramework.Schema;
using CareerBot.BotFramework.Schema.Entities;
using Microsoft.Extensions.Time.Testing;

namespace CareerBot.BotFramework.Tests.Builder.Streaming;

/// <summary>What the channel can answer a stream with, and how the final message still reaches the user.</summary>
public sealed class StreamingResponseFailureTests
{
    private static readonly TimeSpan Interval = new StreamingResponseOptions().TeamsInterval;

    private readonly ScriptedAdapter _adapter = new();
    private readonly FakeTimeProvider _time = new();

    private static Func<Activity, ResourceResponse> Id(string? id) => _ => new ResourceResponse(id);

    private static Func<Activity, ResourceResponse> Refuse(HttpStatusCode status, string code, string message) =>
        _ => throw new ConnectorException($"POST failed with {(int)status}", status, new ErrorResponse(code, message));

    private Task AttemptsAreAsync(int count) =>
        Eventually.TrueAsync(() => _adapter.Attempts.Count == count, $"{count} sends attempted (now {_adapter.Attempts.Count})");

    [Fact]
    public async Task A_403_during_the_stream_stops_the_updates_and_the_final_message_is_still_delivered_plainly()
    {
        _adapter.Script(Id("stream-1"), Refuse(HttpStatusCode.Forbidden, "ContentStreamNotAllowed", "Content stream finished due to exceeded streaming time."));
        await using var stream = new StreamingResponse(StreamingTurns.TeamsPersonal(_adapter), timeProvider: _time);

        stream.QueueTextChunk("Un");
        await AttemptsAreAsync(1);
        _time.Advance(Interval);
        stream.QueueTextChunk("Un développeur");
        await AttemptsAreAsync(2);
        _time.Advance(Interval);
        stream.QueueTextChunk("Un développeur débutant");
        _time.Advance(Interval);
        var response = await Eventually.Within(stream.EndStreamAsync("Un développeur débutant gagne 35 k€ [1].", StreamingTurns.Sources));

        Assert.Equal(3, _adapter.Attempts.Count);
        var final = _adapter.Attempts[2];
        Assert.Equal(ActivityTypes.Message, final.Type);
        Assert.Equal("Un développeur débutant gagne 35 k€ [1].", final.Text);
        // The channel closed the stream: the answer goes as a plain message, citations included.
        Assert.Null(final.GetStreamInfo());
        Assert.NotNull(final.GetAIMessage()!.Citation);
        Assert.Equal("id-3", response!.Id);
        Assert.Equal(HttpStatusCode.Forbidden, stream.Failure!.StatusCode);
        Assert.Equal("ContentStreamNotAllowed", stream.Failure.Error!.Error!.Code);
    }

    [Fact]
    public async Task A_403_on_the_first_update_means_no_stream_at_all()
    {
        _adapter.Script(Refuse(HttpStatusCode.Forbidden, "ContentStreamNotAllowed", "Content stream is not allowed"));
        await using var stream = new StreamingResponse(StreamingTurns.TeamsPersonal(_adapter), timeProvider: _time);

        stream.QueueTextChunk("Un");
        await AttemptsAreAsync(1);
        await Eventually.Within(stream.EndStreamAsync(Activity.CreateMessage("Réponse.")));

        Assert.Equal(2, _adapter.Attempts.Count);
        Assert.Null(_adapter.Attempts[1].GetStreamInfo());
        Assert.Null(stream.StreamId);
    }

    [Fact]
    public async Task After_a_400_on_an_update_the_final_message_still_closes_the_stream()
    {
        _adapter.Script(Id("stream-1"), Refuse(HttpStatusCode.BadRequest, "BadRequest", "Start streaming activities should include text"));
        await using var stream = new StreamingResponse(StreamingTurns.TeamsPersonal(_adapter), timeProvider: _time);

        stream.QueueTextChunk("Un");
        await AttemptsAreAsync(1);
        _time.Advance(Interval);
        stream.QueueTextChunk("Deux");
        await AttemptsAreAsync(2);
        _time.Advance(Interval);
        await Eventually.Within(stream.EndStreamAsync(Activity.CreateMessage("Réponse.")));

        var final = _adapter.Attempts[2].GetStreamInfo()!;
        Assert.Equal((StreamTypes.Final, "stream-1"), (final.StreamType, final.StreamId));
        Assert.Equal(HttpStatusCode.BadRequest, stream.Failure!.StatusCode);
    }

    [Fact]
    public async Task A_final_message_refused_as_the_end_of_the_stream_is_sent_again_as_a_plain_message()
    {
        _adapter.Script(Id("stream-1"), Refuse(HttpStatusCode.Forbidden, "ContentStreamNotAllowed", "Content stream is not allowed on an already completed streamed message"));
        await using var stream = new StreamingResponse(StreamingTurns.TeamsPersonal(_adapter), timeProvider: _time);
        stream.QueueTextChunk("Un");
        await AttemptsAreAsync(1);
        _time.Advance(Interval);

        var response = await Eventually.Within(stream.EndStreamAsync(CitedFinal()));

        Assert.Equal(3, _adapter.Attempts.Count);
        Assert.Equal(StreamTypes.Final, _adapter.Attempts[1].GetStreamInfo()!.StreamType);
        var plain = _adapter.Attempts[2];
        Assert.Null(plain.GetStreamInfo());
        // Only the stream marker goes: the message keeps its other entity.
        Assert.NotNull(Assert.Single(plain.Entities!, e => e.Type == AIMessageEntity.EntityType));
        Assert.Equal("id-3", response!.Id);
        Assert.Equal(HttpStatusCode.Forbidden, stream.Failure!.StatusCode);
    }

    [Fact]
    public async Task Another_error_on_the_final_message_reaches_the_caller()
    {
        _adapter.Script(Id("stream-1"), Refuse(HttpStatusCode.InternalServerError, "InternalError", "boom"));
        await using var stream = new StreamingResponse(StreamingTurns.TeamsPersonal(_adapter), timeProvider: _time);
        stream.QueueTextChunk("Un");
        await AttemptsAreAsync(1);
        _time.Advance(Interval);

        var error = await Assert.ThrowsAsync<ConnectorException>(() => Eventually.Within(stream.EndStreamAsync(Activity.CreateMessage("Réponse."))));

        Assert.Equal(HttpStatusCode.InternalServerError, error.StatusCode);
        Assert.Equal(2, _adapter.Attempts.Count);
    }

    [Fact]
    public async Task A_channel_that_returns_no_id_for_the_first_update_gets_no_more_updates()
    {
        _adapter.Script(Id(null));
        var turn = new CareerBot.BotFramework.Builder.TurnContext(_adapter, StreamingTurns.Incoming(Channels.DirectLine));
        await using var stream = new StreamingResponse(turn, timeProvider: _time);

        stream.QueueTextChunk("Un");
        await AttemptsAreAsync(1);
        _time.Advance(Interval);
        stream.QueueTextChunk("Un développeur");
        _time.Advance(Interval);
        await Task.Delay(Eventually.Settle);
        await Eventually.Within(stream.EndStreamAsync(Activity.CreateMessage("Réponse.")));

        Assert.Equal(2, _adapter.Attempts.Count);
        Assert.Null(_adapter.Attempts[1].GetChannelDataStreamInfo());
        Assert.Null(stream.StreamId);
    }

    private static Activity CitedFinal() =>
        CareerBot.BotFramework.Builder.CitedMessage.Create("Réponse [1].", StreamingTurns.Sources, Channels.MsTeams);
}
