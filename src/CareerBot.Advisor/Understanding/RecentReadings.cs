namespace CareerBot.Advisor.Understanding;

/// <summary>
/// The readings of the messages read last, least recently used first out. Reading a question re-reads every earlier
/// message of its conversation to follow its topic, so without this memory each turn would read its whole history again;
/// a reading depends only on the text and the <see cref="VocabularyIndex"/> that made it (and is never changed after),
/// so one memory per index can hand the same reading to every conversation.
/// </summary>
internal sealed class RecentReadings
{
    private readonly int _capacity;
    private readonly Func<string, MessageReading> _read;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, LinkedListNode<(string Text, MessageReading Reading)>> _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Text, MessageReading Reading)> _recency = new();

    /// <param name="read">Reads a text anew.</param>
    public RecentReadings(int capacity, Func<string, MessageReading> read)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        ArgumentNullException.ThrowIfNull(read);
        _capacity = capacity;
        _read = read;
    }

    /// <summary>The reading of <paramref name="text"/> remembered, or read now (then remembered).</summary>
    public MessageReading Get(string text)
    {
        lock (_gate)
        {
            if (_entries.TryGetValue(text, out var node))
            {
                _recency.Remove(node);
                _recency.AddFirst(node);
                return node.Value.Reading;
            }
        }

        // Read outside the lock: two turns reading the same new text may both read it, which is harmless.
        var reading = _read(text);
        lock (_gate)
        {
            if (!_entries.ContainsKey(text))
            {
                _entries[text] = _recency.AddFirst((text, reading));
                if (_entries.Count > _capacity)
                {
                    _entries.Remove(_recency.Last!.Value.Text);
                    _recency.RemoveLast();
                }
            }
        }

        return reading;
    }
}
