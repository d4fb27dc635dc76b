namespace CareerBot.Knowledge.Indexing;

/// <summary>
/// The index folder: one sub-folder per generation, named by its fingerprint. A generation is written in a
/// temporary folder and renamed into place when complete (a rename is atomic), with a marker file written last, so
/// that a crash mid-build never leaves a half index that a later start would trust.
/// </summary>
internal sealed class IndexStore(string root)
{
    public const string EmbeddingsFile = "embeddings.bin";

    private const string ReadyMarker = "READY";
    private const string BuildPrefix = ".build-";

    public string Root { get; } = root;

    public string PathOf(string fingerprint) => Path.Combine(Root, fingerprint);

    public bool IsComplete(string fingerprint) => File.Exists(Path.Combine(PathOf(fingerprint), ReadyMarker));

    /// <summary>Writes a generation with <paramref name="write"/> and moves it into place; returns its folder.</summary>
    public string Build(string fingerprint, Action<string> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var temporary = Path.Combine(Root, BuildPrefix + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(temporary);
        try
        {
            write(temporary);
            File.WriteAllText(Path.Combine(temporary, ReadyMarker), fingerprint);
            var target = PathOf(fingerprint);
            if (Directory.Exists(target))
            {
                // An incomplete leftover (no marker) of an interrupted build.
                Directory.Delete(target, recursive: true);
            }

            Directory.Move(temporary, target);
            return target;
        }
        catch when (IsComplete(fingerprint))
        {
            // Another process sharing the folder finished the same generation first: use it.
            TryDelete(temporary);
            return PathOf(fingerprint);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    /// <summary>
    /// Deletes the other generations. Best effort: a folder still mapped by a reader (Windows) is left for the next
    /// clean-up, and a recent temporary folder may be another process's build in progress.
    /// </summary>
    public void DeleteAllBut(string fingerprint)
    {
        if (!Directory.Exists(Root))
        {
            return;
        }

        foreach (var folder in Directory.EnumerateDirectories(Root))
        {
            var name = Path.GetFileName(folder);
            var buildInProgress = name.StartsWith(BuildPrefix, StringComparison.Ordinal)
                && DateTime.UtcNow - Directory.GetCreationTimeUtc(folder) < TimeSpan.FromMinutes(10);
            if (!buildInProgress && !string.Equals(name, fingerprint, StringComparison.Ordinal))
            {
                TryDelete(folder);
            }
        }
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
