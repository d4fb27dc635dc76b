using CareerBot.Knowledge.Loading;

namespace CareerBot.Knowledge.Documents;

/// <summary>Parses and validates one <c>sources/&lt;id&gt;.md</c> file; an invalid file yields null and errors.</summary>
internal static class SourceDocumentParser
{
    private static readonly HashSet<string> KnownKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        "id", "title", "language", "publisher", "author", "date",
    };

    private static readonly HashSet<string> Languages = new(StringComparer.Ordinal) { "fr", "en" };

    public static SourceDocument? Parse(string text, string file, string expectedId, IssueCollector issues)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var frontMatter = FrontMatterParser.Parse(lines, file, issues);
        if (frontMatter is null)
        {
            return null;
        }

        var values = frontMatter.Values;
        var valid = Require(values, "id", file, issues)
            & Require(values, "title", file, issues)
            & Require(values, "language", file, issues);
        if (!valid)
        {
            return null;
        }

        var id = values["id"];
        if (!string.Equals(id, expectedId, StringComparison.Ordinal))
        {
            issues.Error(file, frontMatter.KeyLines["id"], $"id '{id}' does not match the file name '{expectedId}.md'. Skipped.");
            return null;
        }

        var language = values["language"];
        if (!Languages.Contains(language))
        {
            issues.Error(file, frontMatter.KeyLines["language"], $"language '{language}' is not 'fr' or 'en'. Skipped.");
            return null;
        }

        foreach (var key in values.Keys.Where(k => !KnownKeys.Contains(k)))
        {
            issues.Warning(file, frontMatter.KeyLines[key], $"unknown front matter key '{key}'; kept as metadata.");
        }

        var blocks = MarkdownBodyParser.Parse(lines, frontMatter.BodyStartIndex, file, issues);
        if (blocks.Count == 0)
        {
            issues.Warning(file, null, "the article has no text after its front matter.");
        }

        var metadata = values
            .Where(p => p.Key is not ("id" or "title" or "language"))
            .ToDictionary(p => p.Key.ToLowerInvariant(), p => p.Value, StringComparer.Ordinal);
        return new SourceDocument(id, values["title"], language, metadata, blocks) { File = file };
    }

    private static bool Require(IReadOnlyDictionary<string, string> values, string key, string file, IssueCollector issues)
    {
        if (values.TryGetValue(key, out var value) && value.Length > 0)
        {
            return true;
        }

        issues.Error(file, 1, $"front matter has no '{key}' (required: id, title, language). Skipped.");
        return false;
    }
}
