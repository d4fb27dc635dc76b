using System.Globalization;
using CareerBot.BotFramework.Schema;
using CareerBot.DirectLine.Protocol;

namespace CareerBot.DirectLine.Conversations;

/// <summary>
/// One conversation's log: every activity, the user's and the bot's, numbered in the order it was accepted. The
/// watermark is the number of the last activity a client was given. Only the newest
/// <c>maxActivities</c> are kept; readers waiting for news are woken on each append.
/// </summary>
public sealed class DirectLineConversation
{
    private readonly object _gate = new();
    private readonly Queue<(long Sequence, Activity Activity)> _log = new();
    private readonly int _maxActivities;
    private readonly TimeProvider _timeProvider;
    private TaskCompletionSource _changed = NewSignal();
    private long _nextSequence;
    private long _lastActive;
    private int _started;

    internal DirectLineConversation(string id, ChannelAccount user, int maxActivities, TimeProvider timeProvider)
    {
        Id = id;
        User = user;
        _maxActivities = maxActivities;
        _timeProvider = timeProvider;
        Touch();
    }

    public string Id { get; }

    /// <summary>The user the conversation's tokens are bound to.</summary>
    public ChannelAccount User { get; }

    public DateTimeOffset LastActive => new(Interlocked.Read(ref _lastActive), TimeSpan.Zero);

    /// <summary>True the first time only: the caller then greets the bot with the conversation's members.</summary>
    public bool TryMarkStarted() => Interlocked.Exchange(ref _started, 1) == 0;

    public void Touch() => Interlocked.Exchange(ref _lastActive, _timeProvider.GetUtcNow().UtcTicks);

    /// <summary>
    /// Adds a copy of <paramref name="activity"/> to the log (so later changes by the bot do not alter what clients
    /// read), after giving the activity an id <c>{conversationId}|{sequence}</c> unless it has one (an update keeps
    /// the id of the activity it replaces) and a timestamp.
    /// </summary>
    public string Append(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        TaskCompletionSource changed;
        lock (_gate)
        {
            var sequence = _nextSequence++;
            activity.Id ??= string.Create(CultureInfo.InvariantCulture, $"{Id}|{sequence:D7}");
            activity.Timestamp ??= _timeProvider.GetUtcNow();
            _log.Enqueue((sequence, BotJson.Deserialize<Activity>(BotJson.Serialize(activity))!));
            while (_log.Count > _maxActivities)
            {
                _log.Dequeue();
            }

            changed = _changed;
            _changed = NewSignal();
        }

        Touch();
        changed.SetResult();
        return activity.Id;
    }

    /// <summary>
    /// The activities after <paramref name="watermark"/> (all kept ones when null), and a task that completes at the
    /// next append, taken together so that no append can slip between the read and the wait.
    /// </summary>
    public (ActivitySet Set, Task Changed) Read(long? watermark)
    {
        lock (_gate)
        {
            var activities = new List<Activity>();
            long? last = watermark;
            foreach (var (sequence, activity) in _log)
            {
                if (watermark is null || sequence > watermark)
                {
                    activities.Add(activity);
                    last = sequence;
                }
            }

            var set = new ActivitySet { Activities = activities, Watermark = last?.ToString(CultureInfo.InvariantCulture) };
            return (set, _changed.Task);
        }
    }

    /// <summary>Parses a client's watermark; empty or absent means "from the start".</summary>
    public static bool TryParseWatermark(string? text, out long? watermark)
    {
        watermark = null;
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            watermark = value;
            return true;
        }

        return false;
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
