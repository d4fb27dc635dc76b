using System.Collections.Concurrent;
using CareerBot.Knowledge.Indexing;
using CareerBot.Knowledge.Text;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace CareerBot.Knowledge.Search;

/// <summary>
/// The index's postings held in memory for the out-of-scope guard, which asks, for each concept of a question, which
/// passages contain it. Asking Lucene meant one search per concept, each setting up a term-dictionary walk and a
/// score collector: most of a query's time and allocations, for an answer that is a plain set of documents. The
/// table is as large as the index's vocabulary (never the questions'), built once per index generation.
/// <para>Phrases of several words (from the synonym list, a fixed set) need positions: they are asked of Lucene once
/// per field and remembered. For the ranking query, which Lucene does run, each index term's statistics are looked up once
/// too (<see cref="TermContext"/>), instead of a term-dictionary walk per term per question.</para>
/// </summary>
internal sealed class TermDocs
{
    private static readonly string[] StemmedFields = [IndexFields.Text, IndexFields.Heading];
    private static readonly string[] WordFields = [IndexFields.TextWords, IndexFields.HeadingWords];

    private readonly Dictionary<string, int[]> _stemmed;
    private readonly Dictionary<string, int[]> _words;
    private readonly Dictionary<char, string[]> _wordsByInitial;
    private readonly Dictionary<string, HashSet<string>> _vocabulary;
    private readonly IndexSearcher _searcher;
    private readonly ConcurrentDictionary<string, int[]> _phrases = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Field, string Term), TermContext> _contexts = new();

    public TermDocs(PassageIndex index)
    {
        _searcher = index.Searcher;
        _vocabulary = StemmedFields.Concat(WordFields).ToDictionary(field => field, field => Vocabulary(index.Reader, field), StringComparer.Ordinal);
        _stemmed = Read(index.Reader, StemmedFields);
        _words = Read(index.Reader, WordFields);
        _wordsByInitial = _words.Keys
            .GroupBy(word => word[0])
            .ToDictionary(group => group.Key, group => group.ToArray());
    }

    /// <summary>True when the (stemmed) term is in the text or a heading of some passage.</summary>
    public bool Contains(string term) => _stemmed.ContainsKey(term);

    /// <summary>True when some passage has the term in that field.</summary>
    public bool Contains(string field, string term) => _vocabulary.TryGetValue(field, out var terms) && terms.Contains(term);

    /// <summary>
    /// A term query whose statistics come from this table's cache when the term is in the index (the cache is bounded
    /// by the vocabulary: a word no passage has gets a plain query, which matches nothing).
    /// </summary>
    public TermQuery Query(string field, string term, float boost)
    {
        var key = new Term(field, term);
        return Contains(field, term)
            ? new TermQuery(key, _contexts.GetOrAdd((field, term), _ => TermContext.Build(_searcher.TopReaderContext, key))) { Boost = boost }
            : new TermQuery(key) { Boost = boost };
    }

    /// <summary>The passages that contain one of the concept's phrases, in the text or the heading.</summary>
    public HashSet<int> Exact(QueryConcept concept)
    {
        var docs = new HashSet<int>();
        foreach (var phrase in concept.Phrases)
        {
            docs.UnionWith(phrase.Count == 1 ? _stemmed.GetValueOrDefault(phrase[0], []) : PhraseDocs(phrase));
        }

        return docs;
    }

    /// <summary>
    /// The unstemmed index words one typo from <paramref name="word"/> (Damerau–Levenshtein distance at most one,
    /// first letter kept: the rule of a Lucene fuzzy query with one edit and a one-letter prefix), the word included.
    /// </summary>
    public IReadOnlyList<string> Typos(string word) =>
        word.Length == 0 || !_wordsByInitial.TryGetValue(word[0], out var candidates)
            ? []
            : candidates.Where(candidate => EditDistance.AtMostOne(word, candidate)).ToList();

    /// <summary>The passages that contain one of <paramref name="words"/>, unstemmed, in the text or the heading.</summary>
    public HashSet<int> WordDocs(IEnumerable<string> words)
    {
        var docs = new HashSet<int>();
        foreach (var word in words)
        {
            docs.UnionWith(_words.GetValueOrDefault(word, []));
        }

        return docs;
    }

    /// <summary>
    /// A phrase of several words as a ranking clause: a constant score, the phrase's IDF in that field times the
    /// boost. A Lucene phrase query would also count occurrences, but it sets up positions readers for each of its
    /// words on every question (most of a query's allocations, the topic phrase being in nearly every question); the
    /// occurrence count matters little for a phrase of two or three words, and the passages it matches are the same.
    /// </summary>
    public Query PhraseQuery(string field, IReadOnlyList<string> phrase, float boost)
    {
        var docs = PhraseDocs(field, phrase);
        return new ConstantScoreQuery(new DocIdsFilter(docs)) { Boost = boost * Idf(docs.Length, _searcher.IndexReader.NumDocs) };
    }

    /// <summary>BM25's inverse document frequency.</summary>
    public static float Idf(int frequency, int documents) =>
        (float)Math.Log(1 + ((documents - frequency + 0.5) / (frequency + 0.5)));

    private int[] PhraseDocs(IReadOnlyList<string> phrase)
    {
        var inText = PhraseDocs(IndexFields.Text, phrase);
        var inHeading = PhraseDocs(IndexFields.Heading, phrase);
        return inHeading.Length == 0 ? inText : [.. inText.Union(inHeading).Order()];
    }

    private int[] PhraseDocs(string field, IReadOnlyList<string> phrase) =>
        !phrase.All(term => Contains(field, term)) ? [] : _phrases.GetOrAdd(field + ":" + string.Join(' ', phrase), _ =>
        {
            var query = ConceptQueryBuilder.LucenePhrase(field, phrase);
            return [.. _searcher.Search(query, Math.Max(1, _searcher.IndexReader.MaxDoc)).ScoreDocs.Select(hit => hit.Doc).Order()];
        });

    private static HashSet<string> Vocabulary(IndexReader reader, string field)
    {
        var vocabulary = new HashSet<string>(StringComparer.Ordinal);
        var terms = MultiFields.GetTerms(reader, field);
        if (terms is not null)
        {
            var termsEnum = terms.GetEnumerator();
            while (termsEnum.MoveNext())
            {
                vocabulary.Add(termsEnum.Term.Utf8ToString());
            }
        }

        return vocabulary;
    }

    private static Dictionary<string, int[]> Read(IndexReader reader, string[] fields)
    {
        var postings = new Dictionary<string, SortedSet<int>>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            var terms = MultiFields.GetTerms(reader, field);
            if (terms is null)
            {
                continue;
            }

            var liveDocs = MultiFields.GetLiveDocs(reader);
            var termsEnum = terms.GetEnumerator();
            DocsEnum? docsEnum = null;
            while (termsEnum.MoveNext())
            {
                var term = termsEnum.Term.Utf8ToString();
                if (!postings.TryGetValue(term, out var docs))
                {
                    postings[term] = docs = [];
                }

                docsEnum = termsEnum.Docs(liveDocs, docsEnum, DocsFlags.NONE);
                while (docsEnum.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
                {
                    docs.Add(docsEnum.DocID);
                }
            }
        }

        return postings.ToDictionary(entry => entry.Key, entry => entry.Value.ToArray(), StringComparer.Ordinal);
    }
}
