namespace CareerBot.Knowledge.Hosting;

/// <summary>
/// Watches the knowledge folder and calls back once things have been quiet for the debounce delay: an editor's
/// save (temp file, rename, several writes) or a git checkout of many files makes one reload, not dozens.
/// </summary>
internal sealed class KnowledgeWatcher : IDisposable
{
    private readonly FileSystemWatcher _watcher;
    private readonly Timer _timer;
    private readonly TimeSpan _delay;

    public KnowledgeWatcher(string folder, TimeSpan delay, Func<Task> onChanged)
    {
        _delay = delay;
        _timer = new Timer(_ => _ = onChanged(), null, Timeout.Infinite, Timeout.Infinite);
        _watcher = new FileSystemWatcher(folder)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        _watcher.Changed += (_, _) => Touch();
        _watcher.Created += (_, _) => Touch();
        _watcher.Deleted += (_, _) => Touch();
        _watcher.Renamed += (_, _) => Touch();

        // An overflowing event buffer loses events: reload anyway rather than miss a change.
        _watcher.Error += (_, _) => Touch();
        _watcher.EnableRaisingEvents = true;
    }

    public void Dispose()
    {
        _watcher.Dispose();
        _timer.Dispose();
    }

    private void Touch() => _timer.Change(_delay, Timeout.InfiniteTimeSpan);
}
