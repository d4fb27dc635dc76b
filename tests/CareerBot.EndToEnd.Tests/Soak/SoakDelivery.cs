using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text;
using CareerBot.BotFramework.Schema;
using CareerBot.Testing;

namespace CareerBot.EndToEnd.Tests.Soak;

/// <summary>
/// Posts the soak's activities to the bot and gives back each one's replies: from the HTTP response with
/// <c>expectReplies</c>, or, in normal delivery, as they reach the fake channel connector (routed by
/// <c>replyToId</c> as the channel accepts them). It counts turns and HTTP failures, and remembers how many
/// replies each normally delivered activity was due, so that <see cref="CheckExactlyOnce"/> can tell a duplicate
/// or stray reply from the channel's log at the end.
/// </summary>
internal sealed class SoakDelivery
{
    private static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(30);

    private readonly HttpClient _http;
    private readonly FakeChannelConnector _channel;
    private readonly ConcurrentDictionary<string, Collector> _waiting = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _dueByChannel = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _httpFailures = new();
    private int _turns;
    private int _serverErrors;

    public SoakDelivery(HttpClient http, FakeChannelConnector channel)
    {
        _http = http;
        _channel = channel;
        channel.Accepted = Route;
    }

    public int Turns => Volatile.Read(ref _turns);

    public int ServerErrors => Volatile.Read(ref _serverErrors);

    public IReadOnlyCollection<string> HttpFailures => _httpFailures;

    /// <summary>Sends <paramref name="activity"/> and returns its replies once <paramref name="expected"/> arrived (or what came, on timeout).</summary>
    public async Task<IReadOnlyList<Activity>> SendAsync(Activity activity, bool expectReplies, int expected)
    {
        activity.DeliveryMode = expectReplies ? DeliveryModes.ExpectReplies : DeliveryModes.Normal;
        activity.ServiceUrl = expectReplies ? BotClient.UnreachableServiceUrl : _channel.ServiceUrl.ToString();
        var collector = expectReplies ? null : _waiting.GetOrAdd(activity.Id!, _ => new Collector(expected));
        if (!expectReplies)
        {
            _dueByChannel[activity.Id!] = expected;
        }

        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/messages", UriKind.Relative))
            {
                Content = new StringContent(BotJson.Serialize(activity), Encoding.UTF8, "application/json"),
            };
            using var response = await _http.SendAsync(request);
            Interlocked.Increment(ref _turns);
            if (!response.IsSuccessStatusCode)
            {
                if ((int)response.StatusCode >= 500)
                {
                    Interlocked.Increment(ref _serverErrors);
                }

                _httpFailures.Enqueue($"{(int)response.StatusCode} for «{activity.Text ?? activity.Type}» in {activity.Conversation!.Id}");
                throw new SoakFailure($"HTTP {(int)response.StatusCode}");
            }

            if (collector is null)
            {
                var replies = await response.Content.ReadFromJsonAsync<ExpectedReplies>(BotJson.Options);
                return [.. replies!.Activities];
            }

            return await collector.WaitAsync(ReplyTimeout);
        }
        finally
        {
            _waiting.TryRemove(activity.Id!, out _);
        }
    }

    /// <summary>
    /// Every activity sent in normal delivery got exactly the replies it was due, no more (a retried or duplicated
    /// post would show here), and the channel got no reply to anything else. Returns the problems found.
    /// </summary>
    public IReadOnlyList<string> CheckExactlyOnce()
    {
        var received = _channel.Delivered.Select(r => r.ReadActivity().ReplyToId ?? "(none)")
            .GroupBy(id => id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var problems = _dueByChannel.Where(due => received.GetValueOrDefault(due.Key) != due.Value)
            .Select(due => $"activity {due.Key}: {received.GetValueOrDefault(due.Key)} replies reached the channel, {due.Value} due")
            .ToList();
        problems.AddRange(received.Keys.Where(id => !_dueByChannel.ContainsKey(id)).Select(id => $"{received[id]} replies to unknown activity {id}"));
        return problems;
    }

    private void Route(RecordedRequest request)
    {
        var reply = request.ReadActivity();
        if (reply.ReplyToId is { } id && _waiting.TryGetValue(id, out var collector))
        {
            collector.Add(reply);
        }
    }

    /// <summary>The replies to one activity in the order the channel accepted them; done when the expected count is reached.</summary>
    private sealed class Collector(int expected)
    {
        private readonly List<Activity> _replies = [];
        private readonly TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Add(Activity reply)
        {
            lock (_replies)
            {
                _replies.Add(reply);
                if (_replies.Count >= expected)
                {
                    _done.TrySetResult();
                }
            }
        }

        public async Task<IReadOnlyList<Activity>> WaitAsync(TimeSpan timeout)
        {
            try
            {
                await _done.Task.WaitAsync(timeout);
            }
            catch (TimeoutException)
            {
                // Reported by the caller, which compares what came with what was due.
            }

            lock (_replies)
            {
                return [.. _replies];
            }
        }
    }
}
