using System.Globalization;
using CareerBot.Knowledge.Chunking;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace CareerBot.Knowledge.Indexing;

/// <summary>
/// An open passage index: the reader, a BM25 searcher, and the passages read back from the stored fields, indexed
/// by document number. Reference-counted through the Lucene reader so that a search in flight keeps using an index
/// that a reload has just replaced.
/// </summary>
internal sealed class PassageIndex
{
    private readonly DirectoryReader _reader;

    private PassageIndex(DirectoryReader reader)
    {
        _reader = reader;
        Searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };
        var passages = new Passage[reader.MaxDoc];
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            var stored = reader.Document(doc);
            passages[doc] = new Passage(
                stored.Get(IndexFields.Id, CultureInfo.InvariantCulture),
                stored.Get(IndexFields.Source, CultureInfo.InvariantCulture),
                stored.Get(IndexFields.Title, CultureInfo.InvariantCulture),
                stored.Get(IndexFields.Heading, CultureInfo.InvariantCulture),
                Enum.Parse<PassageKind>(stored.Get(IndexFields.Kind, CultureInfo.InvariantCulture)),
                stored.Get(IndexFields.Text, CultureInfo.InvariantCulture))
            {
                Section = stored.Get(IndexFields.Section, CultureInfo.InvariantCulture),
            };
        }

        Passages = passages;
    }

    public IndexSearcher Searcher { get; }

    public IndexReader Reader => _reader;

    /// <summary>Passages by document number (= passage order).</summary>
    public IReadOnlyList<Passage> Passages { get; }

    public static PassageIndex Open(Lucene.Net.Store.Directory directory) => new(DirectoryReader.Open(directory));

    /// <summary>Takes a reference for one search; false when the index has already been closed.</summary>
    public bool TryAcquire() => _reader.TryIncRef();

    public void Release() => _reader.DecRef();
}
