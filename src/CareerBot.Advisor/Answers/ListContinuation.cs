using CareerBot.Knowledge.Chunking;
using CareerBot.Knowledge.Search;

namespace CareerBot.Advisor.Answers;

/// <summary>
/// A passage that ends with a colon announces a list ("sur les pages classiques comme :"), and the list is the next
/// passage of the same section, which retrieval may not have found: its items share no word with the question. The
/// list is added right after the passage that announces it, so that an answer can say what the sentence promises.
/// </summary>
internal static class ListContinuation
{
    public static IReadOnlyList<SearchHit> Complete(IReadOnlyList<SearchHit> hits, IReadOnlyList<Passage> passages)
    {
        if (!hits.Any(Announces))
        {
            return hits;
        }

        var index = passages.Select((passage, i) => (passage.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        var present = hits.Select(h => h.Passage.Id).ToHashSet(StringComparer.Ordinal);
        var completed = new List<SearchHit>(hits.Count + 1);
        foreach (var hit in hits)
        {
            completed.Add(hit);
            if (Announces(hit)
                && index.TryGetValue(hit.Passage.Id, out var at)
                && at + 1 < passages.Count
                && passages[at + 1] is var next
                && next.SourceId == hit.Passage.SourceId
                && next.Section == hit.Passage.Section
                && present.Add(next.Id))
            {
                completed.Add(hit with { Passage = next });
            }
        }

        return completed.Select((hit, i) => hit with { Rank = i + 1 }).ToList();
    }

    /// <summary>The list that <paramref name="hit"/> announces, when <see cref="Complete"/> put it right after it.</summary>
    public static SearchHit? ListAfter(SearchHit hit, IReadOnlyList<SearchHit> hits)
    {
        var at = -1;
        for (var i = 0; i < hits.Count && at < 0; i++)
        {
            at = ReferenceEquals(hits[i], hit) || hits[i].Passage.Id == hit.Passage.Id ? i : -1;
        }

        return Announces(hit) && at >= 0 && at + 1 < hits.Count && hits[at + 1].Passage.Id == NextId(hit.Passage.Id) ? hits[at + 1] : null;
    }

    /// <summary>The list items of a list passage, as one line ("LinkedIn en premier lieu ; Indeed.com ; …").</summary>
    public static string Items(Passage list) =>
        string.Join(' ', list.Text.Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0).Select(line => line.StartsWith("- ", StringComparison.Ordinal) ? line[2..] : line));

    /// <summary>"src#7" → "src#8": passages are numbered in reading order within their source.</summary>
    private static string? NextId(string id)
    {
        var hash = id.LastIndexOf('#');
        return hash >= 0 && int.TryParse(id.AsSpan(hash + 1), System.Globalization.CultureInfo.InvariantCulture, out var n)
            ? string.Concat(id.AsSpan(0, hash + 1), (n + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))
            : null;
    }

    /// <summary>True when the passage's last line ends with a colon.</summary>
    public static bool Announces(SearchHit hit) => hit.Passage.Text.TrimEnd().EndsWith(':');
}
