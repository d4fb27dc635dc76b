namespace CareerBot.Knowledge.Indexing;

/// <summary>The fields of a passage document in the Lucene index.</summary>
internal static class IndexFields
{
    public const string Id = "id";
    public const string Source = "source";
    public const string Title = "title";
    public const string Heading = "heading";
    public const string Section = "section";
    public const string Kind = "kind";
    public const string Text = "text";

    /// <summary>Unstemmed copies of <see cref="Text"/> and <see cref="Heading"/>, for typo-tolerant matching.</summary>
    public const string TextWords = "text_words";
    public const string HeadingWords = "heading_words";
}
