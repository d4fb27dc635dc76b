using System.Net;
using System.Threading.Channels;
using CareerBot.BotFramework.Connector;
using CareerBot.BotFramework.Schema;
using CareerBot.BotFramework.Schema.Entities;

namespace CareerBot.BotFramework.Builder.Streaming;

/// <summary>
/// Streams one reply of a turn: the growing answer while it is written, then the final
/// message, in the protocol of the turn's channel (<see cref="Protocol"/>). On a channel that cannot stream, the
/// updates are dropped and only the final message is sent, so a bot writes the same code for every channel.
/// </summary>
/// <remarks>
/// <para>
/// Updates are sent in the background, one at a time (Teams wants each request answered before the next) and no more
/// often than the protocol's interval (<see cref="StreamingResponseOptions"/>). Updates queued in between are
/// coalesced: only the latest is sent, which is why a text update carries the whole text so far, never a delta
/// (both protocols replace the previous text with the new one anyway).
/// </para>
/// <para>
/// A channel error on an update (Teams answers 403 <c>ContentStreamNotAllowed</c> when streaming is not allowed, the
/// two-minute limit has passed or the message is too large) stops the updates, never the turn: the final message is
/// still sent, closing the stream when the channel still accepts it, as a plain message otherwise.
/// </para>
/// </remarks>
public sealed class StreamingResponse : IAsyncDisposable
{
    private readonly ITurnContext _turnContext;
    private readonly TimeProvider _timeProvider;
    private readonly TimeSpan _interval;
    private readonly Lock _gate = new();
    // Wakes the sender; one pending signal is enough since the sender always takes the latest update.
    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });
    private readonly CancellationTokenSource _stop = new();

    private Task? _sender;
    private string? _pending;
    private string? _lastSent;
    private bool _updatesStopped;
    private bool _ended;
    private bool _disposed;
    private int _sequence;
    private DateTimeOffset _nextSendAt = DateTimeOffset.MinValue;
    private bool _closedByChannel;

    /// <param name="turnContext">The turn whose reply is streamed; its incoming activity chooses the protocol.</param>
    /// <param name="options">The update intervals; the defaults follow the channels' guidance.</param>
    /// <param name="timeProvider">The clock of the intervals (a fake one in tests).</param>
    public StreamingResponse(ITurnContext turnContext, StreamingResponseOptions? options = null, TimeProvider? timeProvider = null)
    {
        _turnContext = turnContext ?? throw new ArgumentNullException(nameof(turnContext));
        options ??= new StreamingResponseOptions();
        options.Validate();
        Protocol = StreamingProtocols.Select(turnContext.Activity);
        _interval = options.IntervalFor(Protocol);
        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    /// <summary>How this turn's channel is streamed to; <see cref="StreamingProtocol.None"/> sends the final message only.</summary>
    public StreamingProtocol Protocol { get; }

    /// <summary>The id the channel gave the first update, which names the stream; <c>null</c> until then.</summary>
    public string? StreamId { get; private set; }

    /// <summary>The channel error that stopped the updates or refused to close the stream, if any (for logs).</summary>
    public ConnectorException? Failure { get; private set; }

    /// <summary>Queues the whole answer written so far; it replaces any update not sent yet.</summary>
    /// <remarks>Blank text is ignored: Teams rejects a streaming update without text.</remarks>
    public void QueueTextChunk(string textSoFar)
    {
        ArgumentNullException.ThrowIfNull(textSoFar);
        if (!string.IsNullOrWhiteSpace(textSoFar))
        {
            Queue(textSoFar);
        }
    }

    /// <summary>
    /// Ends the stream with <paramref name="finalMessage"/>: waits for the update being sent, drops the ones not sent,
    /// and sends the final message marked as the end of the stream (or as is when nothing was streamed).
    /// </summary>
    /// <returns>The channel's answer to the final message.</returns>
    /// <exception cref="InvalidOperationException">The stream has already ended.</exception>
    public async Task<ResourceResponse?> EndStreamAsync(Activity finalMessage, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(finalMessage);
        Task? sender;
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_ended)
            {
                throw new InvalidOperationException("The stream has already ended.");
            }

            _ended = true;
            _pending = null;
            sender = _sender;
        }

        _wake.Writer.TryComplete();
        using (cancellationToken.Register(static stop => ((CancellationTokenSource)stop!).Cancel(), _stop))
        {
            if (sender is not null)
            {
                await sender.ConfigureAwait(false);
            }

            cancellationToken.ThrowIfCancellationRequested();
            if (StreamId is { } streamId && !_closedByChannel)
            {
                var response = await TrySendFinalOfStreamAsync(finalMessage, streamId, cancellationToken).ConfigureAwait(false);
                if (response.Sent)
                {
                    return response.Response;
                }
            }

            return await _turnContext.SendActivityAsync(finalMessage, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Ends the stream with <see cref="CitedMessage.Create"/> for this turn's channel and locale.</summary>
    public Task<ResourceResponse?> EndStreamAsync(string text, IEnumerable<CitationSource> sources, bool aiGenerated = true, CancellationToken cancellationToken = default)
    {
        var incoming = _turnContext.Activity;
        return EndStreamAsync(CitedMessage.Create(text, sources, incoming.ChannelId, incoming.Locale, aiGenerated), cancellationToken);
    }

    /// <summary>Stops the updates without sending a final message (the turn is abandoned, or already ended the stream).</summary>
    public async ValueTask DisposeAsync()
    {
        Task? sender;
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            sender = _sender;
        }

        _wake.Writer.TryComplete();
        await _stop.CancelAsync().ConfigureAwait(false);
        if (sender is not null)
        {
            // Only an unexpected error of an update can surface here; disposal often runs while another exception
            // unwinds the turn, which must not be replaced by this one.
            await sender.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        _stop.Dispose();
    }

    private void Queue(string textSoFar)
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_ended)
            {
                throw new InvalidOperationException("The stream has ended: no update can follow the final message.");
            }

            if (Protocol == StreamingProtocol.None || _updatesStopped)
            {
                return;
            }

            _pending = textSoFar;
            _sender ??= Task.Run(() => SendUpdatesAsync(_stop.Token));
        }

        _wake.Writer.TryWrite(true);
    }

    private async Task SendUpdatesAsync(CancellationToken cancellationToken)
    {
        try
        {
            while (await _wake.Reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
            {
                _wake.Reader.TryRead(out _);
                if (!HasPendingUpdate())
                {
                    continue;
                }

                await WaitForIntervalAsync(cancellationToken).ConfigureAwait(false);
                if (TryTakePendingUpdate(out var update, out var sequence)
                    && !await TrySendUpdateAsync(update, sequence, cancellationToken).ConfigureAwait(false))
                {
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Disposed or cancelled: the updates stop here, on purpose.
        }
    }

    private bool HasPendingUpdate()
    {
        lock (_gate)
        {
            return _pending is not null;
        }
    }

    private bool TryTakePendingUpdate(out string update, out int sequence)
    {
        lock (_gate)
        {
            update = _pending!;
            _pending = null;
            sequence = 0;
            if (update is null || _updatesStopped || string.Equals(update, _lastSent, StringComparison.Ordinal))
            {
                return false;
            }

            // Numbered when sent, not when queued: Teams wants 1, 2, 3… without the gaps coalescing would leave.
            sequence = ++_sequence;
            return true;
        }
    }

    private async Task<bool> TrySendUpdateAsync(string update, int sequence, CancellationToken cancellationToken)
    {
        var activity = StreamActivities.CreateUpdate(Protocol, update, sequence, StreamId);
        _nextSendAt = _timeProvider.GetUtcNow() + _interval;
        try
        {
            var response = await _turnContext.SendActivityAsync(activity, cancellationToken).ConfigureAwait(false);
            if (StreamId is null)
            {
                if (string.IsNullOrEmpty(response?.Id))
                {
                    // Without the first update's id no later update can name the stream (Direct Line ASE and
                    // Direct Line Speech return none, says Web Chat's LIVESTREAMING.md).
                    StopUpdates();
                    return false;
                }

                StreamId = response.Id;
            }

            _lastSent = update;
            return true;
        }
        catch (ConnectorException ex)
        {
            Failure = ex;
            // 403 ContentStreamNotAllowed: the channel will accept nothing more of this stream, not even its end.
            _closedByChannel = ex.StatusCode == HttpStatusCode.Forbidden;
            StopUpdates();
            return false;
        }
    }

    private void StopUpdates()
    {
        lock (_gate)
        {
            _updatesStopped = true;
            _pending = null;
        }
    }

    private async Task<(bool Sent, ResourceResponse? Response)> TrySendFinalOfStreamAsync(Activity finalMessage, string streamId, CancellationToken cancellationToken)
    {
        await WaitForIntervalAsync(cancellationToken).ConfigureAwait(false);
        var (entities, channelData) = (finalMessage.Entities, finalMessage.ChannelData);
        StreamActivities.MarkFinal(finalMessage, Protocol, streamId);
        try
        {
            return (true, await _turnContext.SendActivityAsync(finalMessage, cancellationToken).ConfigureAwait(false));
        }
        catch (ConnectorException ex) when (ex.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Forbidden)
        {
            // The channel refused to close the stream (it may have ended it itself): the answer still goes out,
            // as a plain message.
            Failure ??= ex;
            finalMessage.Entities = entities;
            finalMessage.ChannelData = channelData;
            return (false, null);
        }
    }

    private async Task WaitForIntervalAsync(CancellationToken cancellationToken)
    {
        var wait = _nextSendAt - _timeProvider.GetUtcNow();
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, _timeProvider, cancellationToken).ConfigureAwait(false);
        }
    }
}
