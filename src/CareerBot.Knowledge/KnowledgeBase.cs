using System.Diagnostics;
using CareerBot.Knowledge.Analysis;
using CareerBot.Knowledge.Chunking;
using CareerBot.Knowledge.Documents;
using CareerBot.Knowledge.Embeddings;
using CareerBot.Knowledge.Facts;
using CareerBot.Knowledge.Hosting;
using CareerBot.Knowledge.Indexing;
using CareerBot.Knowledge.Loading;
using CareerBot.Knowledge.Search;
using CareerBot.Knowledge.Synonyms;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

using CareerBot.Knowledge.Vocabulary;

namespace CareerBot.Knowledge;

/// <summary>
/// The knowledge base service. <see cref="LoadAsync"/> loads and validates the knowledge folder, then opens the index
/// generation whose fingerprint matches the sources, or builds it (and embeds the passages when an embedding
/// generator is given). <see cref="StartWatching"/> reloads after the folder changes. Searches always run against
/// one complete snapshot: a new one is swapped in atomically once ready, and until then the old one serves.
/// </summary>
public sealed partial class KnowledgeBase : IKnowledgeSearch, IDisposable
{
    private readonly KnowledgeOptions _options;
    private readonly ILogger<KnowledgeBase> _logger;
    private readonly IEmbeddingGenerator<string, Embedding<float>>? _embeddingGenerator;
    private readonly Action<Exception> _onEmbeddingFailure;
    private readonly SemaphoreSlim _loadLock = new(1, 1);
    private KnowledgeSnapshot _snapshot = KnowledgeSnapshot.Empty;
    private bool _loaded;
    private KnowledgeWatcher? _watcher;
    private bool _disposed;

    /// <param name="options">Used as given: relative paths are resolved against the current directory
    /// (<c>AddCareerBotKnowledge</c> resolves them against the content root first).</param>
    public KnowledgeBase(
        KnowledgeOptions options,
        ILogger<KnowledgeBase> logger,
        IEmbeddingGenerator<string, Embedding<float>>? embeddingGenerator = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        _options = options;
        _logger = logger;
        _embeddingGenerator = embeddingGenerator;
        _onEmbeddingFailure = ex =>
        {
            LogEmbeddingFailed(_logger, ex);
            KnowledgeTelemetry.RetrievalFallbackCount.Add(1, new KeyValuePair<string, object?>(KnowledgeTelemetry.ReasonTag, "embedding_failed"));
        };
    }

    /// <summary>Raised after a load or reload has swapped in a new snapshot.</summary>
    public event EventHandler? Reloaded;

    /// <summary>The index in use; null before the first load or when the knowledge base is empty.</summary>
    public IndexInfo? Index => Volatile.Read(ref _snapshot).Info;

    public IReadOnlyList<Passage> Passages => Volatile.Read(ref _snapshot).Passages;

    public IReadOnlyList<SourceDocument> Sources => Volatile.Read(ref _snapshot).Content.Sources;

    public IReadOnlyList<Fact> Facts => Volatile.Read(ref _snapshot).Content.Facts;

    public IReadOnlyList<SynonymGroup> Synonyms => Volatile.Read(ref _snapshot).Content.Synonyms;

    public KnowledgeVocabulary Vocabulary => Volatile.Read(ref _snapshot).Content.Vocabulary;

    public IReadOnlyList<KnowledgeIssue> Issues => Volatile.Read(ref _snapshot).Issues;

    /// <summary>True once a load has completed, even one that found nothing valid (then the knowledge base is empty).</summary>
    public bool IsLoaded => Volatile.Read(ref _loaded);

    internal KnowledgeSnapshot Snapshot => Volatile.Read(ref _snapshot);

    private string Folder => Path.GetFullPath(_options.Path);

    public string? AnotherJobIn(string question) => Volatile.Read(ref _snapshot).AnotherJobIn(question);

    public IReadOnlyList<SearchHit> Search(string question, int? top = null) =>
        SearchAsync(question, top).GetAwaiter().GetResult();

    public async Task<IReadOnlyList<SearchHit>> SearchAsync(string question, int? top = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(question);
        using var span = KnowledgeTelemetry.Source.StartActivity(KnowledgeTelemetry.RetrievalSpan);
        var started = Stopwatch.GetTimestamp();
        var hits = await Volatile.Read(ref _snapshot)
            .SearchAsync(question, top ?? _options.TopK, _embeddingGenerator, _onEmbeddingFailure, cancellationToken)
            .ConfigureAwait(false);
        var result = hits.Count == 0 ? "empty" : "hits";
        span?.SetTag(KnowledgeTelemetry.ResultTag, result);
        KnowledgeTelemetry.RetrievalDurationMs.Record(
            Stopwatch.GetElapsedTime(started).TotalMilliseconds, new KeyValuePair<string, object?>(KnowledgeTelemetry.ResultTag, result));
        return hits;
    }

    /// <summary>
    /// Loads the knowledge folder and swaps in the result. Loads never overlap; content problems become
    /// <see cref="Issues"/>, while an I/O failure of the index folder or of the embedding generator throws and leaves
    /// the previous snapshot in service.
    /// </summary>
    public async Task LoadAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        await _loadLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var stopwatch = Stopwatch.StartNew();
            var next = await BuildSnapshotOrLexicalAsync(cancellationToken).ConfigureAwait(false);
            var previous = Interlocked.Exchange(ref _snapshot, next);
            previous.Dispose();
            Volatile.Write(ref _loaded, true);
            if (next.Info is { } info)
            {
                new IndexStore(Path.GetFullPath(_options.IndexPath)).DeleteAllBut(info.Fingerprint);
            }

            Report(next, stopwatch.Elapsed);
            Reloaded?.Invoke(this, EventArgs.Empty);
        }
        finally
        {
            _loadLock.Release();
        }
    }

    /// <summary>Reloads <see cref="ReloadDelay"/> after the last change in the knowledge folder, until disposed.</summary>
    public void StartWatching()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_watcher is not null)
        {
            return;
        }

        if (!Directory.Exists(Folder))
        {
            LogNotWatching(_logger, Folder);
            return;
        }

        _watcher = new KnowledgeWatcher(Folder, _options.ReloadDelay, ReloadAfterChangeAsync);
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _watcher?.Dispose();
        Interlocked.Exchange(ref _snapshot, KnowledgeSnapshot.Empty).Dispose();
        _loadLock.Dispose();
    }

    private async Task ReloadAfterChangeAsync()
    {
        try
        {
            await LoadAsync().ConfigureAwait(false);
        }
        catch (ObjectDisposedException)
        {
            // Disposed while the debounce timer was due: nothing left to reload.
        }
        catch (Exception ex)
        {
            // Runs on a timer with no caller to throw to: whatever failed (disk, embedding service), log it and keep
            // serving the previous snapshot; the next change retries.
            LogReloadFailed(_logger, ex);
        }
    }

    /// <summary>
    /// The snapshot, hybrid when an embedding generator is configured; when the embedding service fails (it is remote),
    /// a BM25-only one, so that the bot still starts with its knowledge. The next reload tries the embeddings again.
    /// </summary>
    private async Task<KnowledgeSnapshot> BuildSnapshotOrLexicalAsync(CancellationToken cancellationToken)
    {
        if (_embeddingGenerator is null)
        {
            return await BuildSnapshotAsync(null, cancellationToken).ConfigureAwait(false);
        }

        try
        {
            return await BuildSnapshotAsync(_embeddingGenerator, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogEmbeddingFailed(_logger, ex);
            return await BuildSnapshotAsync(null, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<KnowledgeSnapshot> BuildSnapshotAsync(IEmbeddingGenerator<string, Embedding<float>>? generator, CancellationToken cancellationToken)
    {
        var embeddingIdentity = generator is null ? "bm25" : PassageEmbedder.Identity(generator);
        var fingerprint = KnowledgeFingerprint.Compute(Folder, _options.MaxFileBytes, embeddingIdentity);
        var content = KnowledgeLoader.Load(Folder, _options.MaxFileBytes);
        var issues = content.Issues.ToList();
        SynonymDictionary synonyms;
        using (var analyzer = new FrenchTextAnalyzer())
        {
            synonyms = SynonymDictionary.Build(content.Synonyms, analyzer, issues);
        }

        if (content.Sources.Count == 0)
        {
            return new KnowledgeSnapshot(content, issues, null, null, synonyms, _options, null);
        }

        var current = Volatile.Read(ref _snapshot);
        if (current.Info?.Fingerprint == fingerprint && current.Index!.TryAcquire())
        {
            // Only facts.json or synonyms.txt changed: keep the open index (the new snapshot owns the reference just taken).
            return new KnowledgeSnapshot(content, issues, current.Index, current.Embeddings, synonyms, _options,
                current.Info with { Built = false, LoadedAt = DateTimeOffset.UtcNow });
        }

        var store = new IndexStore(Path.GetFullPath(_options.IndexPath));
        var built = false;
        if (!store.IsComplete(fingerprint))
        {
            await BuildIndexAsync(store, fingerprint, PassageChunker.Chunk(content.Sources), generator, cancellationToken).ConfigureAwait(false);
            built = true;
        }

        var folder = store.PathOf(fingerprint);
        // The index is copied into memory: it is small (about 1 kB per passage), and a query looks up terms in a
        // dozen places; read from files, the term-dictionary reads were a third of a query's time. The memory-mapped
        // reader FSDirectory.Open picks on Linux is no answer either: with Lucene.NET 4.8 beta 17 it keeps tracking
        // entries per cloned input, so each query got slower the more queries the process had served.
        PassageIndex index;
        using (var files = new Lucene.Net.Store.NIOFSDirectory(folder))
        {
            index = PassageIndex.Open(new Lucene.Net.Store.RAMDirectory(files, Lucene.Net.Store.IOContext.READ_ONCE));
        }

        var embeddings = generator is null ? null : PassageEmbeddings.Load(Path.Combine(folder, IndexStore.EmbeddingsFile));
        var info = new IndexInfo(fingerprint, folder, built, embeddings is not null, index.Passages.Count, DateTimeOffset.UtcNow);
        return new KnowledgeSnapshot(content, issues, index, embeddings, synonyms, _options, info);
    }

    private static async Task BuildIndexAsync(IndexStore store, string fingerprint, IReadOnlyList<Passage> passages, IEmbeddingGenerator<string, Embedding<float>>? generator, CancellationToken cancellationToken)
    {
        var embeddings = generator is null
            ? null
            : await PassageEmbedder.EmbedAsync(generator, passages, cancellationToken).ConfigureAwait(false);
        Directory.CreateDirectory(store.Root);
        store.Build(fingerprint, folder =>
        {
            using (var directory = Lucene.Net.Store.FSDirectory.Open(folder))
            {
                PassageIndexWriter.Write(directory, passages);
            }

            embeddings?.Save(Path.Combine(folder, IndexStore.EmbeddingsFile));
        });
    }

    private void Report(KnowledgeSnapshot snapshot, TimeSpan elapsed)
    {
        foreach (var issue in snapshot.Issues)
        {
            if (issue.Severity == IssueSeverity.Error)
            {
                LogIssueError(_logger, issue.ToString());
            }
            else
            {
                LogIssueWarning(_logger, issue.ToString());
            }
        }

        LogLoaded(_logger, snapshot.Content.Sources.Count, snapshot.Passages.Count, snapshot.Content.Facts.Count,
            snapshot.Content.Synonyms.Count, snapshot.Info?.Built == true ? "built" : "reused",
            snapshot.Info?.Hybrid == true ? "hybrid" : "BM25", (long)elapsed.TotalMilliseconds);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Knowledge: {Issue}")]
    private static partial void LogIssueError(ILogger logger, string issue);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Knowledge: {Issue}")]
    private static partial void LogIssueWarning(ILogger logger, string issue);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Knowledge loaded: {Sources} sources, {Passages} passages, {Facts} facts, {SynonymGroups} synonym groups; index {IndexState}, {Ranking} ranking, in {ElapsedMs} ms")]
    private static partial void LogLoaded(ILogger logger, int sources, int passages, int facts, int synonymGroups, string indexState, string ranking, long elapsedMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Knowledge folder {Folder} does not exist: not watching for changes")]
    private static partial void LogNotWatching(ILogger logger, string folder);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Knowledge: the embedding service failed; ranking is BM25 only")]
    private static partial void LogEmbeddingFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Knowledge reload failed; the previous knowledge stays in service")]
    private static partial void LogReloadFailed(ILogger logger, Exception exception);
}
