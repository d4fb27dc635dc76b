namespace CareerBot.Knowledge.Loading;

/// <summary>The names of the knowledge folder's parts (see knowledge/README.md).</summary>
internal static class KnowledgeFolderLayout
{
    public const string SourcesFolder = "sources";
    public const string SourceExtension = ".md";
    public const string FactsFile = "facts.json";
    public const string SynonymsFile = "synonyms.txt";
    public const string VocabularyFile = "vocabulary.json";

    /// <summary>The path relative to the knowledge folder with forward slashes, as issues show it.</summary>
    public static string DisplayName(string folder, string path) =>
        Path.GetRelativePath(folder, path).Replace(Path.DirectorySeparatorChar, '/');

    /// <summary>The source files in a stable (ordinal) order, so that passage numbering never depends on the OS.</summary>
    public static IReadOnlyList<string> SourceFiles(string folder)
    {
        var sources = Path.Combine(folder, SourcesFolder);
        return Directory.Exists(sources)
            ? Directory.EnumerateFiles(sources).Order(StringComparer.Ordinal).ToList()
            : [];
    }
}
