namespace CareerBot.Knowledge.Chunking;

/// <summary>
/// The unit of retrieval: a paragraph, a run of short list items, or a piece of a long paragraph.
/// <see cref="Id"/> is <c>&lt;sourceId&gt;#&lt;n&gt;</c> with n counting from 1 in the article's order.
/// <see cref="Heading"/> is the heading it falls under (null before the first heading), <see cref="Section"/> the
/// enclosing top-level (<c>#</c> or <c>##</c>) heading, which differs from it in a <c>###</c> sub-section.
/// </summary>
public sealed record Passage(string Id, string SourceId, string SourceTitle, string? Heading, PassageKind Kind, string Text)
{
    public string? Section { get; init; }
}
