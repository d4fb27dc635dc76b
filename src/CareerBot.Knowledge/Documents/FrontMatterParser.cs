using System.Text.RegularExpressions;
using CareerBot.Knowledge.Loading;

namespace CareerBot.Knowledge.Documents;

/// <summary>
/// Parses the simple front matter of a source article: a first line <c>---</c>, then <c>key: value</c> lines, then
/// <c>---</c>. Only this flat form is accepted (no YAML nesting or lists), which is all the format needs and keeps
/// every error explainable by a line number.
/// </summary>
internal static partial class FrontMatterParser
{
    private const string Fence = "---";

    /// <summary>Returns null (with errors reported) when the block is missing or malformed.</summary>
    public static FrontMatter? Parse(IReadOnlyList<string> lines, string file, IssueCollector issues)
    {
        if (lines.Count == 0 || lines[0].Trim() != Fence)
        {
            issues.Error(file, 1, "missing front matter: the file must start with a '---' line, then 'key: value' lines, then '---'. Skipped.");
            return null;
        }

        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var keyLines = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var valid = true;
        for (var i = 1; i < lines.Count; i++)
        {
            var line = lines[i];
            var lineNumber = i + 1;
            if (line.Trim() == Fence)
            {
                return valid ? new FrontMatter(values, keyLines, i + 1) : null;
            }

            if (string.IsNullOrWhiteSpace(line) || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                issues.Error(file, lineNumber, $"front matter line is not 'key: value': \"{line.Trim()}\". Skipped.");
                valid = false;
                continue;
            }

            var key = line[..colon].Trim();
            var value = StripComment(line[(colon + 1)..]).Trim();
            if (keyLines.TryGetValue(key, out var first))
            {
                issues.Error(file, lineNumber, $"front matter key '{key}' is given twice (first on line {first}). Skipped.");
                valid = false;
                continue;
            }

            values[key] = value;
            keyLines[key] = lineNumber;
        }

        issues.Error(file, 1, "front matter is not closed: no second '---' line. Skipped.");
        return null;
    }

    /// <summary>
    /// A '#' after two or more blanks starts a comment, as in the README's example; a single " #" stays part of
    /// the value so that a title such as "Les métiers #IA" is not cut.
    /// </summary>
    private static string StripComment(string value) => TrailingComment().Replace(value, string.Empty);

    [GeneratedRegex(@"(\s{2,}|\t)#.*$")]
    private static partial Regex TrailingComment();
}
