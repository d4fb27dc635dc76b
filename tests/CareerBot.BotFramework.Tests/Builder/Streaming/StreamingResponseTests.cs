using System.Text.Json;
using CareerBot.BotFramework.Builder;
using CareerBot.BotFramework.Builder.Streaming;
using CareerBot.BotFramework.Schema;
using CareerBot.BotFramework.Schema.Entities;
using CareerBot.Testing;
using Microsoft.Extensions.Time.Testing;

namespace CareerBot.BotFramework.Tests.Builder.Streaming;

public sealed class StreamingResponseTests
{
    private static readonly TimeSpan TeamsInterval = new StreamingResponseOptions().TeamsInterval;
    private static readonly TimeSpan WebChatInterval = new StreamingResponseOptions().WebChatInterval;

    private readonly RecordingAdapter _adapter = new();
    private readonly FakeTimeProvider _time = new();

    private Task SentCountIsAsync(int count) =>
        Eventually.TrueAsync(() => _adapter.Sent.Count == count, $"{count} activities sent (now {_adapter.Sent.Count})");

    [Fact]
    public async Task Teams_streams_typing_updates_named_by_the_first_id_then_the_final_message()
    {
        await using var stream = new StreamingResponse(StreamingTurns.TeamsPersonal(_adapter), timeProvider: _time);
        Assert.Equal(StreamingProtocol.Teams, stream.Protocol);

        stream.QueueTextChunk("Un");
        await SentCountIsAsync(1);
        _time.Advance(TeamsInterval);
        stream.QueueTextChunk("Un développeur débutant");
        await SentCountIsAsync(2);
        _time.Advance(TeamsInterval);
        stream.QueueTextChunk("Un développeur débutant gagne environ 35 k€ [1].");
        await SentCountIsAsync(3);
        _time.Advance(TeamsInterval);
        var response = await Eventually.Within(stream.EndStreamAsync("Un développeur débutant gagne environ 35 k€ [1].", StreamingTurns.Sources));

        var sent = _adapter.Sent;
        Assert.Equal(4, sent.Count);
        Assert.Equal([ActivityTypes.Typing, ActivityTypes.Typing, ActivityTypes.Typing, ActivityTypes.Message], sent.Select(a => a.Type));
        var infos = sent.Select(a => a.GetStreamInfo()!).ToList();
        Assert.Equal([StreamTypes.Streaming, StreamTypes.Streaming, StreamTypes.Streaming, StreamTypes.Final], infos.Select(i => i.StreamType));
        Assert.Equal([1, 2, 3, null], infos.Select(i => i.StreamSequence));
        // The first update has no stream id; the id the channel gave it names the stream from then on.
        Assert.Equal([null, "sent-0", "sent-0", "sent-0"], infos.Select(i => i.StreamId));
        Assert.Equal("sent-0", stream.StreamId);
        Assert.Equal("Un", sent[0].Text);
        Assert.Equal("Un développeur débutant", sent[1].Text);
        Assert.All(sent, a => Assert.Null(a.GetChannelDataStreamInfo()));

        var final = sent[3];
        Assert.Equal("Un développeur débutant gagne environ 35 k€ [1].", final.Text);
        Assert.Equal(1, Assert.Single(final.GetAIMessage()!.Citation!).Position);
        Assert.Equal("sent-3", response!.Id);
        Assert.Null(stream.Failure);
    }

    [Fact]
    public async Task Updates_queued_within_the_interval_are_coalesced_the_latest_text_winning()
    {
        await using var stream = new StreamingResponse(StreamingTurns.TeamsPersonal(_adapter), timeProvider: _time);

        stream.QueueTextChunk("Un");
        await SentCountIsAsync(1);
        stream.QueueTextChunk("Un développeur");
        stream.QueueTextChunk("Un développeur débutant");
        _time.Advance(TeamsInterval - TimeSpan.FromMilliseconds(500));
        await Task.Delay(Eventually.Settle);
        Assert.Single(_adapter.Sent);

        _time.Advance(TimeSpan.FromMilliseconds(500));
        await SentCountIsAsync(2);

        var second = _adapter.Sent[1];
        Assert.Equal("Un développeur débutant", second.Text);
        // Numbered when sent: the update that was replaced leaves no gap.
        Assert.Equal(2, second.GetStreamInfo()!.StreamSequence);
    }

    [Fact]
    public async Task The_final_message_waits_for_the_interval_and_replaces_the_updates_not_sent()
    {
        await using var stream = new StreamingResponse(StreamingTurns.TeamsPersonal(_adapter), timeProvider: _time);
        stream.QueueTextChunk("Un");
        await SentCountIsAsync(1);
        stream.QueueTextChunk("Un développeur");

        var ending = Eventually.Within(stream.EndStreamAsync(Activity.CreateMessage("Un développeur débutant.")));
        await Task.Delay(Eventually.Settle);
        Assert.False(ending.IsCompleted);
        _time.Advance(TeamsInterval);
        await ending;

        Assert.Equal(["Un", "Un développeur débutant."], _adapter.Sent.Select(a => a.Text));
        Assert.Equal(StreamTypes.Final, _adapter.Sent[1].GetStreamInfo()!.StreamType);
    }

    [Fact]
    public async Task An_unchanged_text_is_not_sent_again()
    {
        await using var stream = new StreamingResponse(StreamingTurns.TeamsPersonal(_adapter), timeProvider: _time);
        stream.QueueTextChunk("Un");
        await SentCountIsAsync(1);

        stream.QueueTextChunk("Un");
        _time.Advance(TeamsInterval);
        await Task.Delay(Eventually.Settle);

        Assert.Single(_adapter.Sent);
    }

    [Theory]
    [InlineData(Channels.WebChat)]
    [InlineData(Channels.DirectLine)]
    public async Task Web_Chat_gets_the_livestream_in_channel_data(string channelId)
    {
        var turn = new TurnContext(_adapter, StreamingTurns.Incoming(channelId));
        await using var stream = new StreamingResponse(turn, timeProvider: _time);
        Assert.Equal(StreamingProtocol.WebChat, stream.Protocol);

        stream.QueueTextChunk("Un");
        await SentCountIsAsync(1);
        _time.Advance(WebChatInterval);
        stream.QueueTextChunk("Un développeur débutant");
        await SentCountIsAsync(2);
        _time.Advance(WebChatInterval);
        var final = CitedMessage.Create("Un développeur débutant gagne 35 k€ [1].", StreamingTurns.Sources, channelId);
        final.ChannelData = JsonDocument.Parse("""{"feedbackLoop":{"type":"default"}}""").RootElement;
        await Eventually.Within(stream.EndStreamAsync(final));

        var sent = _adapter.Sent;
        Assert.Equal([ActivityTypes.Typing, ActivityTypes.Typing, ActivityTypes.Message], sent.Select(a => a.Type));
        var infos = sent.Select(a => a.GetChannelDataStreamInfo()!).ToList();
        Assert.Equal([StreamTypes.Streaming, StreamTypes.Streaming, StreamTypes.Final], infos.Select(i => i.StreamType));
        Assert.Equal([1, 2, null], infos.Select(i => i.StreamSequence));
        Assert.Equal([null, "sent-0", "sent-0"], infos.Select(i => i.StreamId));
        // Web Chat reads the stream from channel data only: no streaminfo entity anywhere.
        Assert.All(sent, a => Assert.Null(a.GetStreamInfo()));
        Assert.Null(sent[0].Entities);
        // The final message keeps its own channel data and its citations.
        Assert.Equal("default", sent[2].ChannelData!.Value.GetProperty("feedbackLoop").GetProperty("type").GetString());
        Assert.NotNull(sent[2].GetAIMessage()!.Citation);
        Assert.Contains("\n\n[1]: <https://exemple.fr/fiches/dev>", sent[2].Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Channels.Emulator, null, null)]
    [InlineData(Channels.MsTeams, "groupChat", null)]
    [InlineData(Channels.MsTeams, "channel", null)]
    [InlineData(Channels.MsTeams, "personal", DeliveryModes.ExpectReplies)]
    [InlineData(Channels.WebChat, null, DeliveryModes.ExpectReplies)]
    [InlineData("test", null, null)]
    public async Task Without_streaming_only_the_final_message_is_sent(string channelId, string? conversationType, string? deliveryMode)
    {
        var turn = new TurnContext(_adapter, StreamingTurns.Incoming(channelId, conversationType, deliveryMode));
        await using var stream = new StreamingResponse(turn, timeProvider: _time);

        stream.QueueTextChunk("Un");
        stream.QueueTextChunk("Un développeur");
        _time.Advance(TimeSpan.FromMinutes(1));
        var response = await Eventually.Within(stream.EndStreamAsync("Un développeur débutant gagne 35 k€ [1].", StreamingTurns.Sources));

        Assert.Equal(StreamingProtocol.None, stream.Protocol);
        var only = Assert.Single(_adapter.Sent);
        Assert.Equal(ActivityTypes.Message, only.Type);
        Assert.Null(only.GetStreamInfo());
        Assert.Null(only.GetChannelDataStreamInfo());
        Assert.StartsWith("Un développeur débutant gagne 35 k€ [1].", only.Text, StringComparison.Ordinal);
        Assert.Equal("sent-0", response!.Id);
        Assert.Null(stream.StreamId);
    }

    [Fact]
    public async Task Ending_before_any_update_was_sent_sends_a_plain_message()
    {
        await using var stream = new StreamingResponse(StreamingTurns.TeamsPersonal(_adapter), timeProvider: _time);

        await Eventually.Within(stream.EndStreamAsync(Activity.CreateMessage("Bonjour !")));

        var only = Assert.Single(_adapter.Sent);
        Assert.Null(only.GetStreamInfo());
    }

    [Fact]
    public async Task Nothing_can_be_queued_or_ended_after_the_end()
    {
        await using var stream = new StreamingResponse(StreamingTurns.TeamsPersonal(_adapter), timeProvider: _time);
        await Eventually.Within(stream.EndStreamAsync(Activity.CreateMessage("Fin.")));

        Assert.Throws<InvalidOperationException>(() => stream.QueueTextChunk("encore"));
        await Assert.ThrowsAsync<InvalidOperationException>(() => Eventually.Within(stream.EndStreamAsync(Activity.CreateMessage("Fin ?"))));
        Assert.Single(_adapter.Sent);
    }

    [Fact]
    public async Task Cancelling_the_end_stops_the_updates_and_sends_no_final_message()
    {
        await using var stream = new StreamingResponse(StreamingTurns.TeamsPersonal(_adapter), timeProvider: _time);
        stream.QueueTextChunk("Un");
        await SentCountIsAsync(1);
        stream.QueueTextChunk("Un développeur");
        using var cancellation = new CancellationTokenSource();

        var ending = Eventually.Within(stream.EndStreamAsync(Activity.CreateMessage("Un développeur débutant."), cancellation.Token));
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ending);
        _time.Advance(TimeSpan.FromMinutes(1));
        await Task.Delay(Eventually.Settle);
        Assert.Single(_adapter.Sent);
    }

    [Fact]
    public async Task Disposing_stops_the_updates_without_a_final_message()
    {
        var stream = new StreamingResponse(StreamingTurns.TeamsPersonal(_adapter), timeProvider: _time);
        stream.QueueTextChunk("Un");
        await SentCountIsAsync(1);
        stream.QueueTextChunk("Un développeur");

        await stream.DisposeAsync();
        _time.Advance(TimeSpan.FromMinutes(1));
        await Task.Delay(Eventually.Settle);

        Assert.Single(_adapter.Sent);
        Assert.Throws<ObjectDisposedException>(() => stream.QueueTextChunk("Un développeur débutant"));
    }

    [Fact]
    public void Negative_intervals_are_rejected()
    {
        var turn = StreamingTurns.TeamsPersonal(_adapter);

        Assert.Throws<ArgumentOutOfRangeException>(() => new StreamingResponse(turn, new StreamingResponseOptions { TeamsInterval = TimeSpan.FromSeconds(-1) }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new StreamingResponse(turn, new StreamingResponseOptions { WebChatInterval = TimeSpan.FromSeconds(-1) }));
    }
}
