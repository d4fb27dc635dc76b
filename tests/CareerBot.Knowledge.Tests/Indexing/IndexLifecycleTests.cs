using CareerBot.Knowledge.Tests.Support;
using CareerBot.Testing;
using Microsoft.Extensions.Logging;

namespace CareerBot.Knowledge.Tests.Indexing;

/// <summary>The index on disk: built once, reused while the sources are unchanged, rebuilt and swapped when they change.</summary>
public sealed class IndexLifecycleTests
{
    [Fact]
    public async Task The_index_is_built_once_then_reused_by_the_next_start()
    {
        using var folder = KnowledgeFolder.FromFixture();
        var firstEmbeddings = new HashingEmbeddingGenerator();
        var secondEmbeddings = new HashingEmbeddingGenerator();

        IndexInfo first;
        using (var knowledge = folder.CreateKnowledgeBase(embeddings: firstEmbeddings))
        {
            await knowledge.LoadAsync();
            first = knowledge.Index!;
        }

        using var restarted = folder.CreateKnowledgeBase(embeddings: secondEmbeddings);
        await restarted.LoadAsync();
        var second = restarted.Index!;

        Assert.True(first.Built);
        Assert.False(second.Built);
        Assert.Equal(first.Fingerprint, second.Fingerprint);
        Assert.Equal(first.Directory, second.Directory);
        Assert.Equal([first.Fingerprint], Directory.GetDirectories(folder.IndexPath).Select(Path.GetFileName));
        Assert.True(second.Hybrid);
        Assert.Equal(16, second.Passages);
        Assert.Equal(16, firstEmbeddings.EmbeddedValues);
        Assert.Equal(0, secondEmbeddings.EmbeddedValues);
        Assert.NotEmpty(restarted.Search("salaire prompt engineer"));
    }

    [Fact]
    public async Task A_changed_source_rebuilds_the_index_and_removes_the_old_generation()
    {
        using var folder = KnowledgeFolder.FromFixture();
        using var knowledge = folder.CreateKnowledgeBase();
        await knowledge.LoadAsync();
        var before = knowledge.Index!;
        Assert.Empty(knowledge.Search("zythologie"));

        folder.WriteSource("delta", "La zythologie du prompt engineer est un passe-temps.", title: "Prompt engineer et loisirs");
        await knowledge.LoadAsync();

        var after = knowledge.Index!;
        Assert.True(after.Built);
        Assert.NotEqual(before.Fingerprint, after.Fingerprint);
        Assert.False(Directory.Exists(before.Directory));
        Assert.Equal("delta#1", knowledge.Search("zythologie")[0].Passage.Id);
    }

    [Fact]
    public async Task A_change_of_facts_or_synonyms_keeps_the_open_index()
    {
        using var folder = KnowledgeFolder.FromFixture();
        using var knowledge = folder.CreateKnowledgeBase();
        await knowledge.LoadAsync();
        var before = knowledge.Index!;
        Assert.Empty(knowledge.Search("émolument"));

        File.AppendAllText(Path.Combine(folder.Path, "synonyms.txt"), "salaire, émolument\n");
        await knowledge.LoadAsync();

        Assert.False(knowledge.Index!.Built);
        Assert.Equal(before.Fingerprint, knowledge.Index.Fingerprint);
        Assert.Equal(8, knowledge.Synonyms.Count);
        Assert.Contains(knowledge.Search("émolument"), h => h.Passage.Id == "beta#4");
    }

    [Fact]
    public async Task A_leftover_of_an_interrupted_build_is_not_trusted()
    {
        using var folder = KnowledgeFolder.FromFixture();
        string fingerprint;
        using (var knowledge = folder.CreateKnowledgeBase())
        {
            await knowledge.LoadAsync();
            fingerprint = knowledge.Index!.Fingerprint;
        }

        // What a crash between writing the index and marking it complete leaves behind.
        File.Delete(Path.Combine(folder.IndexPath, fingerprint, "READY"));

        using var restarted = folder.CreateKnowledgeBase();
        await restarted.LoadAsync();
        Assert.True(restarted.Index!.Built);
        Assert.NotEmpty(restarted.Search("salaire prompt engineer"));
    }

    [Fact]
    public async Task Searches_during_reloads_always_see_a_complete_index()
    {
        using var folder = KnowledgeFolder.FromFixture();
        using var knowledge = folder.CreateKnowledgeBase();
        await knowledge.LoadAsync();
        using var stop = new CancellationTokenSource();
        var searches = 0;
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var searcher = Task.Run(() =>
        {
            while (!stop.IsCancellationRequested && searches < 100_000)
            {
                Assert.NotEmpty(knowledge.Search("salaire prompt engineer"));
                searches++;
                started.TrySetResult();
            }
        });
        await started.Task.WaitAsync(TimeSpan.FromSeconds(30));

        for (var i = 0; i < 5; i++)
        {
            folder.WriteSource("delta", $"Version {i} d'un article sur le prompt engineer.", title: "Prompt engineer");
            await knowledge.LoadAsync();
        }

        await stop.CancelAsync();
        await searcher;
        Assert.Single(Directory.GetDirectories(folder.IndexPath));
    }

    [Fact]
    public async Task Each_load_logs_its_issues_with_file_and_line_and_a_summary()
    {
        using var folder = KnowledgeFolder.FromFixture();
        folder.Write("sources/broken.md", "---\nid: other\ntitle: T\nlanguage: fr\n---\ntext\n");
        var logger = new CapturingLogger<KnowledgeBase>();
        using var knowledge = new KnowledgeBase(new KnowledgeOptions { Path = folder.Path, IndexPath = folder.IndexPath }, logger);

        await knowledge.LoadAsync();

        Assert.Contains(logger.Entries, e => e.Level == LogLevel.Error
            && e.Message == "Knowledge: sources/broken.md:2: error: id 'other' does not match the file name 'broken.md'. Skipped.");
        Assert.Contains(logger.Entries, e => e.Level == LogLevel.Information
            && e.Message.StartsWith("Knowledge loaded: 3 sources, 16 passages, 3 facts, 7 synonym groups; index built, BM25 ranking", StringComparison.Ordinal));
        Assert.Equal(3, knowledge.Sources.Count);
    }

    [Fact]
    public async Task The_watcher_reloads_after_a_file_changes()
    {
        using var folder = KnowledgeFolder.FromFixture();
        using var knowledge = folder.CreateKnowledgeBase(o => o.ReloadDelay = TimeSpan.FromMilliseconds(200));
        await knowledge.LoadAsync();
        var reloaded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        knowledge.Reloaded += (_, _) => reloaded.TrySetResult();
        knowledge.StartWatching();

        folder.WriteSource("delta", "La zythologie du prompt engineer est un passe-temps.", title: "Prompt engineer et loisirs");

        await reloaded.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal("delta#1", knowledge.Search("zythologie")[0].Passage.Id);
        Assert.True(knowledge.Index!.Built);
    }
}
