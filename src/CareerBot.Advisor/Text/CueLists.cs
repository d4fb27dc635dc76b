using CareerBot.Knowledge.Text;

namespace CareerBot.Advisor.Text;

/// <summary>
/// A word-list file of named cue lists: lines <c>name: cue, cue, …</c> (a name may take several lines). A text
/// matches a list when it matches any of its cues.
/// </summary>
internal sealed class CueLists
{
    private readonly Dictionary<string, List<Cue>> _lists;

    /// <summary>
    /// Each list's cues grouped by their first word (<see cref="Cue.Lead"/>): a text is matched against the few
    /// groups whose first word it says, not against every cue of the list (most texts say none).
    /// </summary>
    private readonly Dictionary<string, (CueWord Lead, Cue[] Cues)[]> _byLead;

    private CueLists(Dictionary<string, List<Cue>> lists)
    {
        _lists = lists;
        _byLead = lists.ToDictionary(
            list => list.Key,
            list => list.Value
                .Where(cue => cue.Lead is not null)
                .GroupBy(cue => cue.Lead!.Value)
                .Select(group => (group.Key, group.ToArray()))
                .ToArray(),
            StringComparer.Ordinal);
    }

    public static CueLists Load(string resourceName)
    {
        var lists = new Dictionary<string, List<Cue>>(StringComparer.Ordinal);
        foreach (var line in EmbeddedText.Lines(resourceName))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                throw new InvalidOperationException($"{resourceName}: '{line}' is not 'name: cue, cue…'.");
            }

            var name = line[..colon].Trim();
            if (!lists.TryGetValue(name, out var cues))
            {
                lists[name] = cues = [];
            }

            cues.AddRange(line[(colon + 1)..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Cue.Parse));
        }

        return new CueLists(lists);
    }

    /// <summary>Whether <paramref name="token"/> is a word of a cue of the list <paramref name="name"/>.</summary>
    public bool Has(string name, Token token) =>
        _lists.TryGetValue(name, out var cues)
            ? cues.Any(cue => cue.Has(token))
            : throw new KeyNotFoundException($"No cue list named '{name}'.");

    public bool Matches(string name, IReadOnlyList<Token> tokens)
    {
        if (!_byLead.TryGetValue(name, out var groups))
        {
            throw new KeyNotFoundException($"No cue list named '{name}'.");
        }

        foreach (var (lead, cues) in groups)
        {
            if (Says(tokens, lead) && cues.Any(cue => cue.Matches(tokens)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Says(IReadOnlyList<Token> tokens, CueWord word)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (word.Matches(tokens[i]))
            {
                return true;
            }
        }

        return false;
    }
}
