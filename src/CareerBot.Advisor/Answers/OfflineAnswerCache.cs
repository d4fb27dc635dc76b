namespace CareerBot.Advisor.Answers;

/// <summary>
/// The offline answers already composed, least recently used first out. An offline answer is a pure function of its
/// plan (the records or passage chosen), the language and the knowledge base, so an entry is only valid for the knowledge snapshot it
/// was composed from: the first answer of a new snapshot (after a reload of passages, facts or synonyms) empties the
/// cache.
/// </summary>
internal sealed class OfflineAnswerCache
{
    private readonly int _capacity;
    private readonly Lock _gate = new();
    private readonly Dictionary<(string Plan, string Language), LinkedListNode<Entry>> _entries = [];
    private readonly LinkedList<Entry> _recency = new();
    private KnowledgeVersion? _snapshot;

    public OfflineAnswerCache(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        _capacity = capacity;
    }

    /// <summary>
    /// The cached answer for this snapshot, plan and language, or the one <paramref name="compose"/> makes.
    /// </summary>
    public Answer GetOrAdd(KnowledgeVersion snapshot, string plan, string language, Func<Answer> compose)
    {
        ArgumentNullException.ThrowIfNull(compose);
        if (_capacity == 0)
        {
            return compose();
        }

        var key = (plan, language);
        lock (_gate)
        {
            if (snapshot.Equals(_snapshot) && _entries.TryGetValue(key, out var node))
            {
                _recency.Remove(node);
                _recency.AddFirst(node);
                return node.Value.Answer;
            }
        }

        // Composed outside the lock: two turns asking the same new question may both compose it, which is harmless.
        var answer = compose();
        lock (_gate)
        {
            if (!snapshot.Equals(_snapshot))
            {
                _entries.Clear();
                _recency.Clear();
                _snapshot = snapshot;
            }

            if (!_entries.ContainsKey(key))
            {
                _entries[key] = _recency.AddFirst(new Entry(key, answer));
                if (_entries.Count > _capacity)
                {
                    _entries.Remove(_recency.Last!.Value.Key);
                    _recency.RemoveLast();
                }
            }
        }

        return answer;
    }

    /// <summary>How many answers are kept (for tests and diagnostics).</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _entries.Count;
            }
        }
    }

    private sealed record Entry((string Plan, string Language) Key, Answer Answer);
}
