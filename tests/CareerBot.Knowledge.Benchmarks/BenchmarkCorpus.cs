using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;

namespace CareerBot.Knowledge.Benchmarks;

/// <summary>
/// A knowledge folder to measure, by name: <c>real</c> (the repository's knowledge/ folder, read in place) or
/// <c>synthetic-N</c> (N generated articles, see <see cref="SyntheticCorpus"/>), with a temp folder for the generated
/// articles and for index generations. Knowledge bases are built through the public constructor with BM25 ranking
/// (no embedding generator), as the host runs today.
/// </summary>
internal sealed class BenchmarkCorpus : IDisposable
{
    public const string Real = "real";
    public const string Synthetic100 = "synthetic-100";
    public const string Synthetic1000 = "synthetic-1000";
    public const string Synthetic10000 = "synthetic-10000";

    private const string SyntheticPrefix = "synthetic-";

    private readonly TempFolder _temp = new();

    private BenchmarkCorpus(string name)
    {
        Name = name;
        if (name == Real)
        {
            KnowledgePath = RepositoryPaths.Knowledge;
        }
        else if (name.StartsWith(SyntheticPrefix, StringComparison.Ordinal)
            && int.TryParse(name.AsSpan(SyntheticPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var documents)
            && documents > 0)
        {
            KnowledgePath = _temp.Combine("knowledge");
            SyntheticCorpus.Write(RepositoryPaths.Knowledge, KnowledgePath, documents);
        }
        else
        {
            _temp.Dispose();
            throw new ArgumentException($"Unknown corpus '{name}': expected '{Real}' or '{SyntheticPrefix}<documents>'.", nameof(name));
        }
    }

    /// <summary>
    /// The corpora the latency mode measures unless told otherwise. Not the 10 000-article one: search time grows
    /// faster than the corpus, and there a single question can take minutes.
    /// </summary>
    public static IReadOnlyList<string> LatencyDefaults { get; } = [Real, Synthetic100, Synthetic1000];

    public string Name { get; }

    public string KnowledgePath { get; }

    public static BenchmarkCorpus Prepare(string name) => new(name);

    /// <summary>A path for index generations that does not exist yet: a knowledge base given it builds from scratch.</summary>
    public string NewIndexPath() => _temp.Combine("index-" + Guid.NewGuid().ToString("N"));

    public KnowledgeBase Open(string indexPath) => new(
        new KnowledgeOptions { Path = KnowledgePath, IndexPath = indexPath, WatchForChanges = false },
        NullLogger<KnowledgeBase>.Instance);

    /// <summary>Opens a knowledge base on a fresh index folder, builds its index and checks that it loaded cleanly.</summary>
    public async Task<KnowledgeBase> BuildAsync()
    {
        var knowledge = Open(NewIndexPath());
        try
        {
            await knowledge.LoadAsync().ConfigureAwait(false);
            EnsureLoaded(knowledge, built: true);
            return knowledge;
        }
        catch
        {
            knowledge.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Fails the run when a load did not do what is being measured (an index reused where one should be built, an
    /// invalid file skipped), since its timing would then describe something else.
    /// </summary>
    public void EnsureLoaded(KnowledgeBase knowledge, bool built)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        if (knowledge.Issues.FirstOrDefault(i => i.Severity == Loading.IssueSeverity.Error) is { } error)
        {
            throw new InvalidOperationException($"Corpus {Name} has an invalid file: {error}");
        }

        if (knowledge.Index is not { } index || index.Built != built)
        {
            throw new InvalidOperationException(
                $"Corpus {Name}: expected the index to be {(built ? "built" : "reused")}, got {(knowledge.Index is null ? "none" : knowledge.Index.Built ? "built" : "reused")}.");
        }
    }

    public void Dispose() => _temp.Dispose();
}
