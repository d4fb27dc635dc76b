namespace CareerBot.Knowledge.Documents;

/// <summary>
/// A paragraph or list item of a source article with the heading it falls under (null before the first heading),
/// whether it sits in a <c>{kind=comments}</c> section, and the 1-based line where it starts.
/// </summary>
public sealed record SourceBlock(BlockKind Kind, string Text, string? Heading, bool IsComment, int Line)
{
    /// <summary>The enclosing top-level section (heading of level 1 or 2); null before the first such heading.</summary>
    public string? Section { get; init; }
}
