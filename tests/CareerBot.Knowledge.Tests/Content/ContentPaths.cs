namespace CareerBot.Knowledge.Tests.Content;

/// <summary>
/// Where the knowledge folder and the seed articles are. The seeds live outside the repository, next to it
/// (<c>&lt;repo&gt;/../shared/seeds</c>), where CI always puts them.
/// </summary>
internal static class ContentPaths
{
    private static readonly Lazy<string> Root = new(FindRepositoryRoot);

    public static string RepositoryRoot => Root.Value;

    public static string Knowledge => Path.Combine(RepositoryRoot, "knowledge");

    public static string Sources => Path.Combine(Knowledge, "sources");

    public static string FactSheet => Path.Combine(Knowledge, "facts.json");

    public static string Questions => Path.Combine(Knowledge, "eval", "questions.jsonl");

    public static string Seeds => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "seeds"));

    public static IReadOnlyList<string> SourceFiles() =>
        [.. Directory.GetFiles(Sources, "*.md").Order(StringComparer.Ordinal)];

    public static string SourceFile(string id) => Path.Combine(Sources, id + ".md");

    public static string SeedFile(string id) => Path.Combine(Seeds, id + ".txt");

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CareerBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("CareerBot.sln not found above " + AppContext.BaseDirectory);
    }
}
