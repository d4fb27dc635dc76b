using CareerBot.Knowledge;
using CareerBot.Knowledge.Hosting;
using CareerBot.Testing;

namespace CareerBot.Advisor.Tests.Llm.Support;

/// <summary>A real knowledge base over a knowledge folder, its index in a temp directory, loaded once per test collection.</summary>
public abstract class KnowledgeFixture : IAsyncLifetime, IDisposable
{
    private readonly TempDirectory _temp = new();

    public KnowledgeBase Knowledge { get; private set; } = null!;

    protected abstract string Folder { get; }

    public async Task InitializeAsync()
    {
        Knowledge = new KnowledgeBase(
            new KnowledgeOptions { Path = Folder, IndexPath = _temp.Combine("index"), WatchForChanges = false },
            new CapturingLogger<KnowledgeBase>());
        await Knowledge.LoadAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        Knowledge?.Dispose();
        _temp.Dispose();
        GC.SuppressFinalize(this);
    }
}

/// <summary>The repository's own <c>knowledge/</c> folder.</summary>
public sealed class RepositoryKnowledge : KnowledgeFixture
{
    protected override string Folder => KnowledgePathResolver.ResolveFolder("knowledge", AppContext.BaseDirectory);
}

/// <summary>The test folder <c>Llm/PoisonedKnowledge</c>: one article with instructions planted in it.</summary>
public sealed class PoisonedKnowledge : KnowledgeFixture
{
    protected override string Folder => Path.Combine(AppContext.BaseDirectory, "Llm", "PoisonedKnowledge");
}

/// <summary>
/// The tests that talk to a fake server over HTTP share the loaded knowledge bases and run one after the other:
/// the time bounds they check are not disturbed by the other classes' load.
/// </summary>
[CollectionDefinition(Name)]
public sealed class LlmCollection : ICollectionFixture<RepositoryKnowledge>, ICollectionFixture<PoisonedKnowledge>
{
    public const string Name = "LLM over HTTP";
}
