using System.Diagnostics;
using System.Net;
using System.Text;
using CareerBot.BotFramework.Schema;

namespace CareerBot.LoadTest;

/// <summary>
/// Drives concurrent conversations, each sending its turns one after the other as a person would (the next
/// message only after the replies of the previous one), with expectReplies so every reply comes back in the
/// HTTP response. A turn counts as an error unless it returns 200 with at least one reply.
/// </summary>
public sealed class LoadRunner(LoadOptions options)
{
    public sealed record Result(int Turns, int Errors, TimeSpan Elapsed, double[] SortedLatenciesMs, long? PeakRssBytes)
    {
        public double TurnsPerSecond => Turns / Elapsed.TotalSeconds;
    }

    public async Task<Result> RunAsync(CancellationToken cancellationToken)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = options.Conversations, PooledConnectionLifetime = TimeSpan.FromMinutes(10) };
        using var http = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };

        // Warm up the JIT, connection pool and storage so the figures describe the steady state.
        await RunConversationsAsync(http, Math.Min(options.Conversations, 10), Math.Max(1, options.WarmupTurns / 10), "warmup", null, cancellationToken).ConfigureAwait(false);

        var latencies = new double[options.Conversations * options.Turns];
        var stopwatch = Stopwatch.StartNew();
        var errors = await RunConversationsAsync(http, options.Conversations, options.Turns, "load", latencies, cancellationToken).ConfigureAwait(false);
        stopwatch.Stop();

        Array.Sort(latencies);
        var peak = options.BotPid is { } pid ? ProcessMemory.PeakRssBytes(pid) : null;
        return new Result(latencies.Length, errors, stopwatch.Elapsed, latencies, peak);
    }

    private async Task<int> RunConversationsAsync(HttpClient http, int conversations, int turns, string prefix, double[]? latencies, CancellationToken cancellationToken)
    {
        var runId = Guid.NewGuid().ToString("N")[..8];
        var errorCounts = await Task.WhenAll(Enumerable.Range(0, conversations).Select(c => Task.Run(async () =>
        {
            var errors = 0;
            for (var t = 0; t < turns; t++)
            {
                var started = Stopwatch.GetTimestamp();
                var ok = await SendTurnAsync(http, $"{prefix}-{runId}-{c}", cancellationToken).ConfigureAwait(false);
                if (latencies is not null)
                {
                    latencies[(c * turns) + t] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                }

                errors += ok ? 0 : 1;
            }

            return errors;
        }, cancellationToken))).ConfigureAwait(false);
        return errorCounts.Sum();
    }

    private async Task<bool> SendTurnAsync(HttpClient http, string conversationId, CancellationToken cancellationToken)
    {
        var activity = new CareerBot.BotFramework.Schema.Activity
        {
            Type = ActivityTypes.Message,
            Id = Guid.NewGuid().ToString("N"),
            Text = options.Text,
            ChannelId = "emulator",
            ServiceUrl = "http://127.0.0.1:9/",
            From = new ChannelAccount("load-user-" + conversationId, "Load", "user"),
            Recipient = new ChannelAccount("bot", "CareerBot", "bot"),
            Conversation = new ConversationAccount(conversationId),
            Locale = "fr-FR",
            DeliveryMode = DeliveryModes.ExpectReplies,
        };

        try
        {
            using var content = new StringContent(BotJson.Serialize(activity), Encoding.UTF8, "application/json");
            using var response = await http.PostAsync(options.Endpoint, content, cancellationToken).ConfigureAwait(false);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                return false;
            }

            var replies = BotJson.Deserialize<ExpectedReplies>(await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false));
            return replies?.Activities.Count > 0;
        }
        catch (HttpRequestException)
        {
            return false;
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false; // the HttpClient timeout
        }
    }
}
