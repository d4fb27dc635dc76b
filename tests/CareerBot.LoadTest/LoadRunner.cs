using System.Diagnostics;
using System.Net;
using System.Text;
using CareerBot.BotFramework.Schema;

namespace CareerBot.LoadTest;

/// <summary>
/// Drives concurrent conversations, each sending its turns one after the other as a person would (the next
/// message only after the replies of the previous one), with expectReplies so every reply comes back in the
/// HTTP response. A turn counts as an error unless it returns 200 with replies that meet
/// <see cref="LoadOptions.Expect"/>. The latency of a turn runs from the request sent to the response body read.
/// </summary>
public sealed class LoadRunner(LoadOptions options)
{
    public sealed record Result(
        int Turns,
        int Errors,
        int WarmupErrors,
        string? FirstError,
        TimeSpan Elapsed,
        double[] SortedLatenciesMs,
        long? PeakRssBytes,
        long? RssBytes)
    {
        public double TurnsPerSecond => Turns / Elapsed.TotalSeconds;
    }

    private sealed class Outcome
    {
        private int _errors;
        private string? _first;

        public int Errors => _errors;

        public string? First => _first;

        public void Fail(string problem)
        {
            Interlocked.Increment(ref _errors);
            Interlocked.CompareExchange(ref _first, problem, null);
        }
    }

    public async Task<Result> RunAsync(CancellationToken cancellationToken)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = options.Conversations, PooledConnectionLifetime = TimeSpan.FromMinutes(10) };
        using var http = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };

        // Warm up the JIT, connection pool and storage so the figures describe the steady state.
        var warmup = new Outcome();
        if (options.WarmupTurns > 0)
        {
            var warmupConversations = Math.Min(options.Conversations, 10);
            await RunConversationsAsync(http, warmupConversations, Math.Max(1, options.WarmupTurns / warmupConversations), "warmup", DateTime.MaxValue, warmup, cancellationToken).ConfigureAwait(false);
        }

        var load = new Outcome();
        var stopwatch = Stopwatch.StartNew();
        var deadline = options.MaxDuration is { } limit ? DateTime.UtcNow + limit : DateTime.MaxValue;
        var perConversation = await RunConversationsAsync(http, options.Conversations, options.Turns, "load", deadline, load, cancellationToken).ConfigureAwait(false);
        stopwatch.Stop();

        var latencies = perConversation.SelectMany(l => l).ToArray();
        Array.Sort(latencies);
        var peak = options.BotPid is { } pid ? ProcessMemory.PeakRssBytes(pid) : null;
        var rss = options.BotPid is { } p ? ProcessMemory.RssBytes(p) : null;
        return new Result(latencies.Length, load.Errors, warmup.Errors, load.First ?? warmup.First, stopwatch.Elapsed, latencies, peak, rss);
    }

    /// <returns>The latencies of each conversation's turns, in milliseconds.</returns>
    private async Task<List<double>[]> RunConversationsAsync(HttpClient http, int conversations, int turns, string prefix, DateTime deadline, Outcome outcome, CancellationToken cancellationToken)
    {
        var runId = Guid.NewGuid().ToString("N")[..8];
        return await Task.WhenAll(Enumerable.Range(0, conversations).Select(c => Task.Run(async () =>
        {
            var latencies = new List<double>(turns);
            for (var t = 0; t < turns && DateTime.UtcNow < deadline; t++)
            {
                var text = options.Messages.For(c, t);
                var (elapsed, problem) = await SendTurnAsync(http, $"{prefix}-{runId}-{c}", text, cancellationToken).ConfigureAwait(false);
                latencies.Add(elapsed.TotalMilliseconds);
                if (problem is not null)
                {
                    outcome.Fail($"\"{text}\": {problem}");
                }
            }

            return latencies;
        }, cancellationToken))).ConfigureAwait(false);
    }

    private async Task<(TimeSpan Elapsed, string? Problem)> SendTurnAsync(HttpClient http, string conversationId, string text, CancellationToken cancellationToken)
    {
        var activity = new CareerBot.BotFramework.Schema.Activity
        {
            Type = ActivityTypes.Message,
            Id = Guid.NewGuid().ToString("N"),
            Text = text,
            ChannelId = "emulator",
            ServiceUrl = "http://127.0.0.1:9/",
            From = new ChannelAccount("load-user-" + conversationId, "Load", "user"),
            Recipient = new ChannelAccount("bot", "CareerBot", "bot"),
            Conversation = new ConversationAccount(conversationId),
            Locale = "fr-FR",
            DeliveryMode = DeliveryModes.ExpectReplies,
        };

        using var content = new StringContent(BotJson.Serialize(activity), Encoding.UTF8, "application/json");
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await http.PostAsync(options.Endpoint, content, cancellationToken).ConfigureAwait(false);
            var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            var elapsed = Stopwatch.GetElapsedTime(started);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                return (elapsed, $"HTTP {(int)response.StatusCode}");
            }

            var replies = BotJson.Deserialize<ExpectedReplies>(body)?.Activities ?? [];
            return (elapsed, TurnCheck.Problem([.. replies], text, options.Expect));
        }
        catch (HttpRequestException ex)
        {
            return (Stopwatch.GetElapsedTime(started), ex.Message);
        }
        catch (System.Text.Json.JsonException ex)
        {
            return (Stopwatch.GetElapsedTime(started), "reply body is not JSON: " + ex.Message);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (Stopwatch.GetElapsedTime(started), "no response within the HttpClient timeout");
        }
    }
}
