using BenchmarkDotNet.Attributes;

namespace CareerBot.Knowledge.Benchmarks;

/// <summary>
/// What a start-up costs, on the corpus the derived class names. <see cref="BuildFromScratch"/>: load and validate the
/// folder, chunk, write the Lucene index into a fresh index folder and open it (a first start, or a start after the
/// sources changed); each iteration gets a new empty folder, so every run really builds. <see cref="LoadUpToDate"/>:
/// load the folder, find the index whose fingerprint matches the sources and open it (every later start).
/// </summary>
public abstract class IndexBuild
{
    private BenchmarkCorpus _corpus = null!;
    private string _upToDateIndex = null!;
    private string _freshIndex = null!;

    public abstract string Corpus { get; set; }

    [GlobalSetup(Target = nameof(BuildFromScratch))]
    public void PrepareCorpus() => _corpus = BenchmarkCorpus.Prepare(Corpus);

    [GlobalSetup(Target = nameof(LoadUpToDate))]
    public async Task PrepareIndex()
    {
        _corpus = BenchmarkCorpus.Prepare(Corpus);
        using var knowledge = await _corpus.BuildAsync();
        _upToDateIndex = Path.GetDirectoryName(knowledge.Index!.Directory)!;
    }

    [GlobalCleanup]
    public void CleanUp() => _corpus.Dispose();

    [IterationSetup(Target = nameof(BuildFromScratch))]
    public void NewIndexFolder() => _freshIndex = _corpus.NewIndexPath();

    [IterationCleanup(Target = nameof(BuildFromScratch))]
    public void DeleteIndexFolder() => TempFolder.DeleteQuietly(_freshIndex);

    [Benchmark]
    public async Task<int> BuildFromScratch()
    {
        using var knowledge = _corpus.Open(_freshIndex);
        await knowledge.LoadAsync();
        _corpus.EnsureLoaded(knowledge, built: true);
        return knowledge.Passages.Count;
    }

    [Benchmark]
    public async Task<int> LoadUpToDate()
    {
        using var knowledge = _corpus.Open(_upToDateIndex);
        await knowledge.LoadAsync();
        _corpus.EnsureLoaded(knowledge, built: false);
        return knowledge.Passages.Count;
    }
}
