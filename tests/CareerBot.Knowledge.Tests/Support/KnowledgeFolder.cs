using CareerBot.Testing;

namespace CareerBot.Knowledge.Tests.Support;

/// <summary>A knowledge folder in a temp directory: a copy of the test fixture, or empty, with helpers to write files.</summary>
internal sealed class KnowledgeFolder : IDisposable
{
    private static readonly string Fixture = System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", "knowledge");

    private readonly TempDirectory _temp = new();

    private KnowledgeFolder()
    {
        Path = _temp.Combine("knowledge");
        IndexPath = _temp.Combine("index");
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string IndexPath { get; }

    public static KnowledgeFolder Empty() => new();

    public static KnowledgeFolder FromFixture()
    {
        var folder = new KnowledgeFolder();
        foreach (var file in Directory.EnumerateFiles(Fixture, "*", SearchOption.AllDirectories))
        {
            var target = System.IO.Path.Combine(folder.Path, System.IO.Path.GetRelativePath(Fixture, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return folder;
    }

    public string Write(string relativePath, string content)
    {
        var path = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    public string WriteBytes(string relativePath, byte[] content)
    {
        var path = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
        return path;
    }

    /// <summary>A minimal valid source article.</summary>
    public string WriteSource(string id, string body, string? title = null, string language = "fr") =>
        Write($"sources/{id}.md", $"---\nid: {id}\ntitle: {title ?? "Article " + id}\nlanguage: {language}\n---\n\n{body}\n");

    public KnowledgeBase CreateKnowledgeBase(Action<KnowledgeOptions>? configure = null, Microsoft.Extensions.AI.IEmbeddingGenerator<string, Microsoft.Extensions.AI.Embedding<float>>? embeddings = null)
    {
        var options = new KnowledgeOptions { Path = Path, IndexPath = IndexPath, WatchForChanges = false };
        configure?.Invoke(options);
        return new KnowledgeBase(options, new CapturingLogger<KnowledgeBase>(), embeddings);
    }

    public void Dispose() => _temp.Dispose();
}
