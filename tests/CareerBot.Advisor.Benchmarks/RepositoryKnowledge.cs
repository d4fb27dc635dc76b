using CareerBot.Knowledge;
using CareerBot.Knowledge.Hosting;
using CareerBot.Knowledge.Loading;
using CareerBot.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace CareerBot.Advisor.Benchmarks;

/// <summary>
/// The repository's knowledge/ folder, read in place, with its index built in a temp folder (BM25 ranking, no
/// embedding generator, as the host runs today), as the advisor tests load it.
/// </summary>
internal sealed class RepositoryKnowledge : IDisposable
{
    private readonly TempDirectory _index = new();

    private RepositoryKnowledge()
    {
        Base = new KnowledgeBase(
            new KnowledgeOptions
            {
                Path = KnowledgePathResolver.ResolveFolder("knowledge", AppContext.BaseDirectory),
                IndexPath = _index.Combine("index"),
                WatchForChanges = false,
            },
            NullLogger<KnowledgeBase>.Instance);
    }

    public KnowledgeBase Base { get; }

    /// <summary>Loads the knowledge base; an invalid file fails the run, since the figures would describe another corpus.</summary>
    public static async Task<RepositoryKnowledge> LoadAsync()
    {
        var knowledge = new RepositoryKnowledge();
        try
        {
            await knowledge.Base.LoadAsync().ConfigureAwait(false);
            if (knowledge.Base.Issues.FirstOrDefault(i => i.Severity == IssueSeverity.Error) is { } error)
            {
                throw new InvalidOperationException($"The knowledge folder has an invalid file: {error}");
            }

            return knowledge;
        }
        catch
        {
            knowledge.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        Base.Dispose();
        _index.Dispose();
    }
}
