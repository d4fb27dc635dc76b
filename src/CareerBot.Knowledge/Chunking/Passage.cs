namespace CareerBot.Knowledge.Chunking;

/// <summary>
/// The unit of retrieval: a paragraph, a run of short list items, or a piece of a long paragraph.
/// <see cref="Id"/> is <c>&lt;sourceId&gt;#&lt;n&gt;</c> with n counting from 1 in the article's order.
/// <see cref="Heading"/> is the section it falls under (null before the first heading).
/// </summary>
public sealed record Passage(string Id, string SourceId, string SourceTitle, string? Heading, PassageKind Kind, string Text);
