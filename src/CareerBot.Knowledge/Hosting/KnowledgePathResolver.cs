namespace CareerBot.Knowledge.Hosting;

/// <summary>
/// Finds the knowledge folder for a relative <c>Knowledge:Path</c>: the content root first, then each parent, the
/// first candidate with a <c>sources</c> folder winning. The host runs with content root src/CareerBot.Web in
/// development and finds the repository's knowledge/ two levels up; a published app that ships knowledge/ beside
/// itself finds that copy first. Last comes the application's own folder, where a publish puts knowledge/: a published
/// app started from another working directory (its default content root) still finds the copy it ships.
/// </summary>
public static class KnowledgePathResolver
{
    public static string ResolveFolder(string path, string contentRoot)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentException.ThrowIfNullOrEmpty(contentRoot);
        if (Path.IsPathRooted(path))
        {
            return Path.GetFullPath(path);
        }

        for (var folder = new DirectoryInfo(Path.GetFullPath(contentRoot)); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, path);
            if (Directory.Exists(Path.Combine(candidate, "sources")))
            {
                return Path.GetFullPath(candidate);
            }
        }

        var besideApp = Path.Combine(AppContext.BaseDirectory, path);
        if (Directory.Exists(Path.Combine(besideApp, "sources")))
        {
            return Path.GetFullPath(besideApp);
        }

        // Not found anywhere: the content root's, so that the "missing folder" warning names the expected place.
        return Path.GetFullPath(path, contentRoot);
    }
}
