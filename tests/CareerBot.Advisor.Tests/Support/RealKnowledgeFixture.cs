using CareerBot.Knowledge;
using CareerBot.Knowledge.Hosting;
using CareerBot.Testing;

namespace CareerBot.Advisor.Tests.Support;

/// <summary>
/// The repository's real knowledge folder loaded once for a test collection, with its index in a temp directory
/// (the index is built on first load, which takes a moment: sharing it keeps the suite quick).
/// </summary>
public sealed class RealKnowledgeFixture : IAsyncLifetime, IDisposable
{
    private readonly TempDirectory _temp = new();

    public RealKnowledgeFixture()
    {
        Folder = KnowledgePathResolver.ResolveFolder("knowledge", AppContext.BaseDirectory);
        Base = new KnowledgeBase(
            new KnowledgeOptions { Path = Folder, IndexPath = _temp.Combine("index"), WatchForChanges = false },
            new CapturingLogger<KnowledgeBase>());
    }

    public string Folder { get; }

    public KnowledgeBase Base { get; }

    public Task InitializeAsync() => Base.LoadAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        Base.Dispose();
        _temp.Dispose();
    }
}
