namespace CareerBot.Knowledge.Documents;

/// <summary>The shape of a block of a source article's body.</summary>
public enum BlockKind
{
    /// <summary>A paragraph: lines separated from the next block by a blank line.</summary>
    Paragraph,

    /// <summary>One item of a "- " list.</summary>
    ListItem,
}
