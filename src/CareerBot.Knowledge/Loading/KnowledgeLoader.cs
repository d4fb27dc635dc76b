using CareerBot.Knowledge.Documents;
using CareerBot.Knowledge.Facts;
using CareerBot.Knowledge.Synonyms;
using CareerBot.Knowledge.Vocabulary;

namespace CareerBot.Knowledge.Loading;

/// <summary>
/// Loads and validates a knowledge folder. It never throws for bad content: each problem becomes a
/// <see cref="KnowledgeIssue"/>, an invalid file or record is skipped and the rest loads, so the bot starts with
/// whatever is valid.
/// </summary>
public static class KnowledgeLoader
{
    /// <summary>The default size cap of one knowledge file.</summary>
    public const long DefaultMaxFileBytes = 5 * 1024 * 1024;

    public static KnowledgeContent Load(string folder, long maxFileBytes = DefaultMaxFileBytes)
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        var issues = new IssueCollector();
        folder = Path.GetFullPath(folder);
        if (!Directory.Exists(folder))
        {
            issues.Warning(folder, null, "the knowledge folder does not exist: the knowledge base is empty.");
            return new KnowledgeContent(folder, [], [], [], KnowledgeVocabulary.Empty, issues.Issues);
        }

        var sources = LoadSources(folder, maxFileBytes, issues);
        if (sources.Count == 0)
        {
            issues.Warning(KnowledgeFolderLayout.SourcesFolder, null, "no valid source article: the knowledge base is empty.");
        }

        var sourceTexts = sources.ToDictionary(s => s.Document.Id, s => s.Text, StringComparer.Ordinal);
        var facts = LoadOptional(folder, KnowledgeFolderLayout.FactsFile, maxFileBytes, issues,
            (text, file) => FactSheetParser.Parse(text, file, sourceTexts, issues)) ?? [];
        var synonyms = LoadOptional(folder, KnowledgeFolderLayout.SynonymsFile, maxFileBytes, issues,
            (text, file) => SynonymsParser.Parse(text, file, issues)) ?? [];
        var vocabulary = LoadOptional(folder, KnowledgeFolderLayout.VocabularyFile, maxFileBytes, issues,
            (text, file) => VocabularyParser.Parse(text, file, issues)) ?? KnowledgeVocabulary.Empty;
        return new KnowledgeContent(folder, sources.Select(s => s.Document).ToList(), facts, synonyms, vocabulary, issues.Issues);
    }

    private static List<(SourceDocument Document, string Text)> LoadSources(string folder, long maxFileBytes, IssueCollector issues)
    {
        var loaded = new List<(SourceDocument, string)>();
        if (!Directory.Exists(Path.Combine(folder, KnowledgeFolderLayout.SourcesFolder)))
        {
            issues.Warning(KnowledgeFolderLayout.SourcesFolder, null, "the sources folder does not exist.");
            return loaded;
        }

        // Ids are compared without case: two files differing only by case would collide on Windows and macOS.
        var seen = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var path in KnowledgeFolderLayout.SourceFiles(folder))
        {
            var file = KnowledgeFolderLayout.DisplayName(folder, path);
            if (!path.EndsWith(KnowledgeFolderLayout.SourceExtension, StringComparison.Ordinal))
            {
                if (!Path.GetFileName(path).StartsWith('.'))
                {
                    issues.Warning(file, null, "not a .md file; ignored.");
                }

                continue;
            }

            var text = StrictTextFileReader.Read(path, file, maxFileBytes, issues);
            var document = text is null ? null : SourceDocumentParser.Parse(text, file, Path.GetFileNameWithoutExtension(path), issues);
            if (document is null)
            {
                continue;
            }

            if (seen.TryGetValue(document.Id, out var other))
            {
                issues.Error(file, null, $"duplicate id '{document.Id}': already used by {other}. Skipped.");
                continue;
            }

            seen[document.Id] = file;
            loaded.Add((document, text!));
        }

        return loaded;
    }

    private static T? LoadOptional<T>(string folder, string name, long maxFileBytes, IssueCollector issues, Func<string, string, T> parse)
        where T : class
    {
        var path = Path.Combine(folder, name);
        if (!File.Exists(path))
        {
            issues.Warning(name, null, "missing; continuing without it.");
            return null;
        }

        var text = StrictTextFileReader.Read(path, name, maxFileBytes, issues);
        return text is null ? null : parse(text, name);
    }
}
