namespace CareerBot.Knowledge.Benchmarks;

/// <summary>
/// Where the repository's knowledge folder is. BenchmarkDotNet runs each benchmark in a child process built under
/// this project's bin folder, so walking up from the running assembly reaches the repository in both processes.
/// </summary>
internal static class RepositoryPaths
{
    private static readonly Lazy<string> RootFolder = new(FindRepositoryRoot);

    public static string Root => RootFolder.Value;

    public static string Knowledge => Path.Combine(Root, "knowledge");

    private static string FindRepositoryRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "CareerBot.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new DirectoryNotFoundException("CareerBot.sln not found above " + AppContext.BaseDirectory);
    }
}
