using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace CareerBot.Knowledge.Search;

/// <summary>A Lucene filter over a fixed, sorted list of (top-level) document numbers.</summary>
internal sealed class DocIdsFilter(int[] docs) : Filter
{
    public override DocIdSet? GetDocIdSet(AtomicReaderContext context, IBits acceptDocs)
    {
        var maxDoc = context.AtomicReader.MaxDoc;
        var first = Array.BinarySearch(docs, context.DocBase);
        var bits = new FixedBitSet(maxDoc);
        for (var i = first < 0 ? ~first : first; i < docs.Length && docs[i] < context.DocBase + maxDoc; i++)
        {
            var doc = docs[i] - context.DocBase;
            if (acceptDocs is null || acceptDocs.Get(doc))
            {
                bits.Set(doc);
            }
        }

        return bits;
    }
}
