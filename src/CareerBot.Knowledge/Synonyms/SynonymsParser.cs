using CareerBot.Knowledge.Loading;

namespace CareerBot.Knowledge.Synonyms;

/// <summary>Parses <c>synonyms.txt</c>: one comma-separated group per line, <c>#</c> starts a comment.</summary>
internal static class SynonymsParser
{
    public static IReadOnlyList<SynonymGroup> Parse(string text, string file, IssueCollector issues)
    {
        var groups = new List<SynonymGroup>();
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var hash = line.IndexOf('#', StringComparison.Ordinal);
            if (hash >= 0)
            {
                line = line[..hash];
            }

            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var parts = line.Split(',').Select(p => p.Trim()).ToList();
            if (parts.Any(p => p.Length == 0))
            {
                issues.Warning(file, i + 1, "empty entry between commas; ignored.");
            }

            var terms = parts.Where(p => p.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            if (terms.Count < 2)
            {
                issues.Warning(file, i + 1, "a synonym group needs at least two entries separated by commas; line ignored.");
                continue;
            }

            groups.Add(new SynonymGroup(terms, i + 1));
        }

        return groups;
    }
}
