using System.Globalization;
using System.Net.WebSockets;
using System.Text.Json;
using CareerBot.BotFramework.Schema;
using CareerBot.DirectLine.Conversations;
using CareerBot.DirectLine.Tokens;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CareerBot.DirectLine.Endpoints;

/// <summary>
/// <c>GET /conversations/{id}/stream?watermark=&amp;t=</c>: a WebSocket that pushes each new batch of activities as an
/// activity set, and an empty message when idle for <see cref="DirectLineOptions.KeepAliveInterval"/>, as Azure's
/// does. What the client sends (botframework-directlinejs sends empty pings) is read and ignored.
/// </summary>
internal sealed class StreamEndpoint(
    DirectLineTokenService tokens,
    ConversationStore store,
    IOptions<DirectLineOptions> options,
    IHostApplicationLifetime lifetime,
    TimeProvider timeProvider)
{
    private static readonly TimeSpan CloseTimeout = TimeSpan.FromSeconds(5);

    public async Task<IResult> StreamAsync(HttpContext http, string conversationId, string? watermark, string? t)
    {
        if (!http.WebSockets.IsWebSocketRequest)
        {
            return DirectLineErrors.BadArgument("This address is a WebSocket stream.");
        }

        if (string.IsNullOrEmpty(t))
        {
            return DirectLineErrors.Error(StatusCodes.Status401Unauthorized, "Unauthorized", "The stream URL's token ('t') is missing.");
        }

        var validation = await tokens.ValidateAsync(t, TokenPurpose.Stream).ConfigureAwait(false);
        if (!validation.IsValid)
        {
            return validation.Failure == TokenFailure.Expired
                ? DirectLineErrors.Error(StatusCodes.Status403Forbidden, "TokenExpired", "The stream URL has expired; reconnect to get a new one.")
                : DirectLineErrors.Forbidden("The stream URL's token is not valid.");
        }

        if (!string.Equals(validation.Claims!.ConversationId, conversationId, StringComparison.Ordinal))
        {
            return DirectLineErrors.Forbidden("The token is for another conversation.");
        }

        var conversation = store.Find(conversationId);
        if (conversation is null)
        {
            return DirectLineErrors.ConversationNotFound();
        }

        if (!DirectLineConversation.TryParseWatermark(watermark, out var position))
        {
            return DirectLineErrors.BadArgument("The watermark is not one this service gave.");
        }

        using var socket = await http.WebSockets.AcceptWebSocketAsync().ConfigureAwait(false);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, lifetime.ApplicationStopping);
        await PushAsync(socket, conversation, position, stop.Token).ConfigureAwait(false);
        return Results.Empty;
    }

    private async Task PushAsync(WebSocket socket, DirectLineConversation conversation, long? watermark, CancellationToken cancellationToken)
    {
        var clientClosed = DrainAsync(socket, cancellationToken);
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                var (set, changed) = conversation.Read(watermark);
                if (set.Activities.Count > 0)
                {
                    var json = JsonSerializer.SerializeToUtf8Bytes(set, BotJson.Options);
                    await socket.SendAsync(json, WebSocketMessageType.Text, endOfMessage: true, cancellationToken).ConfigureAwait(false);
                    watermark = long.Parse(set.Watermark!, CultureInfo.InvariantCulture);
                    continue;
                }

                using var idle = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                var keepAlive = Task.Delay(options.Value.KeepAliveInterval, timeProvider, idle.Token);
                var woken = await Task.WhenAny(changed, keepAlive, clientClosed).ConfigureAwait(false);
                await idle.CancelAsync().ConfigureAwait(false);
                if (woken == clientClosed || cancellationToken.IsCancellationRequested)
                {
                    break;
                }

                if (woken == keepAlive)
                {
                    if (store.Find(conversation.Id) is null)
                    {
                        // Expired or evicted while idle: nothing more will come on this stream.
                        break;
                    }

                    await socket.SendAsync(ReadOnlyMemory<byte>.Empty, WebSocketMessageType.Text, endOfMessage: true, cancellationToken).ConfigureAwait(false);
                }
            }

            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
        {
            // The client went away or the host is stopping: the stream simply ends.
        }

        await Task.WhenAny(clientClosed, Task.Delay(CloseTimeout, timeProvider, CancellationToken.None)).ConfigureAwait(false);
    }

    /// <summary>Reads until the client closes: a WebSocket must be read for its close handshake to complete.</summary>
    private static async Task DrainAsync(WebSocket socket, CancellationToken cancellationToken)
    {
        var buffer = new byte[1024];
        try
        {
            while (socket.State is WebSocketState.Open or WebSocketState.CloseSent)
            {
                var received = await socket.ReceiveAsync(buffer, cancellationToken).ConfigureAwait(false);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
        {
            // A reset connection ends the stream like a close does.
        }
    }
}
