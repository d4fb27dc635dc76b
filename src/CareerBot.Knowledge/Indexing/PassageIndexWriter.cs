using CareerBot.Knowledge.Analysis;
using CareerBot.Knowledge.Chunking;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;

namespace CareerBot.Knowledge.Indexing;

/// <summary>Writes passages into a fresh Lucene index, one document per passage, in passage order.</summary>
internal static class PassageIndexWriter
{
    public static void Write(Lucene.Net.Store.Directory directory, IReadOnlyList<Passage> passages)
    {
        using var stemmed = new FrenchTextAnalyzer();
        using var unstemmed = FrenchTextAnalyzer.Unstemmed();
        var analyzer = new PerFieldAnalyzerWrapper(stemmed, new Dictionary<string, Analyzer>
        {
            [IndexFields.TextWords] = unstemmed,
            [IndexFields.HeadingWords] = unstemmed,
        });
        var config = new IndexWriterConfig(FrenchTextAnalyzer.Version, analyzer)
        {
            OpenMode = OpenMode.CREATE,
            Similarity = new BM25Similarity(),
        };
        using var writer = new IndexWriter(directory, config);
        foreach (var passage in passages)
        {
            var document = new Document
            {
                new StringField(IndexFields.Id, passage.Id, Field.Store.YES),
                new StringField(IndexFields.Source, passage.SourceId, Field.Store.YES),
                new StoredField(IndexFields.Title, passage.SourceTitle),
                new StringField(IndexFields.Kind, passage.Kind.ToString(), Field.Store.YES),
                new TextField(IndexFields.Text, passage.Text, Field.Store.YES),
                new TextField(IndexFields.TextWords, passage.Text, Field.Store.NO),
            };
            if (passage.Heading is not null)
            {
                document.Add(new TextField(IndexFields.Heading, passage.Heading, Field.Store.YES));
                document.Add(new TextField(IndexFields.HeadingWords, passage.Heading, Field.Store.NO));
            }

            if (passage.Section is not null)
            {
                document.Add(new StoredField(IndexFields.Section, passage.Section));
            }

            writer.AddDocument(document);
        }

        // One segment keeps document numbers equal to passage order, which the embedding file relies on.
        writer.ForceMerge(1);
        writer.Commit();
    }
}
