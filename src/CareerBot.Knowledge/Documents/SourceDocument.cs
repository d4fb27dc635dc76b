namespace CareerBot.Knowledge.Documents;

/// <summary>A validated source article: its front matter and its body cut into blocks.</summary>
public sealed record SourceDocument(
    string Id,
    string Title,
    string Language,
    IReadOnlyDictionary<string, string> Metadata,
    IReadOnlyList<SourceBlock> Blocks)
{
    /// <summary>The file, relative to the knowledge folder (e.g. <c>sources/001_x.md</c>).</summary>
    public required string File { get; init; }
}
