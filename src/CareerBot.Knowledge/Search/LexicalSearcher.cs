using CareerBot.Knowledge.Chunking;
using CareerBot.Knowledge.Indexing;
using Lucene.Net.Search;

namespace CareerBot.Knowledge.Search;

/// <summary>
/// BM25 search of one index with the relevance guard. The question becomes concepts; each concept is looked up on
/// its own first, which gives its document frequency (hence an IDF weight that also covers synonyms and typos) and
/// the passages that contain it. Then:
/// <list type="bullet">
/// <item>the question is out of scope, and gets nothing, when the corpus knows less than <c>MinQueryCoverage</c> of its
/// IDF weight (an unknown word weighs like the rarest word), or when none of its known concepts is a domain concept;</item>
/// <item>otherwise all concepts are searched together (BM25, one disjunction-max clause per concept), reader comments
/// are scaled by <c>CommentFactor</c>, and passages whose relevance (the weighted share of concepts they contain) is
/// under <c>MinScore</c> are dropped.</item>
/// </list>
/// </summary>
internal sealed class LexicalSearcher(PassageIndex index, ConceptExtractor extractor, KnowledgeOptions options)
{
    private static readonly LexicalResult Nothing = new([], false, 0, []);

    public LexicalResult Search(string question)
    {
        var documents = index.Reader.NumDocs;
        if (documents == 0 || string.IsNullOrWhiteSpace(question))
        {
            return Nothing;
        }

        var evidence = extractor.Extract(question).Select(c => Gather(c, documents)).ToList();
        if (evidence.Count == 0)
        {
            return Nothing;
        }

        var coverage = evidence.Where(e => e.IsKnown).Sum(e => e.Weight) / evidence.Sum(e => e.Weight);
        var inScope = coverage >= options.MinQueryCoverage
            && (!options.RequireDomainConcept || evidence.Any(e => e.IsDomain && e.IsKnown));
        if (!inScope)
        {
            return new LexicalResult([], false, coverage, evidence);
        }

        var query = new BooleanQuery();
        foreach (var concept in evidence.Where(e => e.IsKnown))
        {
            query.Add(concept.ExactDocs.Count > 0
                ? ConceptQueryBuilder.Exact(concept.Concept, options.HeadingBoost)
                : ConceptQueryBuilder.Fuzzy(concept.Concept.SingleTerm!, options.HeadingBoost, options.FuzzyWeight), Occur.SHOULD);
        }

        var result = new LexicalResult([], true, coverage, evidence);
        var ranked = new List<RankedPassage>();
        foreach (var hit in index.Searcher.Search(query, documents).ScoreDocs)
        {
            // BM25 rewards repeating a word; scaling by the share of the question a passage covers (the "coord"
            // factor BM25 dropped) puts the passage that answers the whole question above one that says "salaire" often.
            var relevance = Relevance(result, hit.Doc);
            if (relevance >= options.MinScore)
            {
                ranked.Add(new RankedPassage(hit.Doc, hit.Score * relevance, relevance));
            }
        }

        ranked.Sort((a, b) => b.Score.CompareTo(a.Score));
        return result with { Ranked = ranked };
    }

    /// <summary>The weighted share of the question's concepts found in a passage, scaled down for a comment.</summary>
    public double Relevance(LexicalResult result, int doc)
    {
        var total = result.Evidence.Sum(e => e.Weight);
        var found = result.Evidence.Sum(e => e.Weight * e.MatchIn(doc, options.FuzzyWeight));
        return total > 0 ? CommentFactor(doc) * found / total : 0;
    }

    private double CommentFactor(int doc) => index.Passages[doc].Kind == PassageKind.Comment ? options.CommentFactor : 1;

    private ConceptEvidence Gather(QueryConcept concept, int documents)
    {
        var exact = Matching(ConceptQueryBuilder.Exact(concept, options.HeadingBoost), documents);
        var typo = exact.Count == 0 && concept.SingleTerm is { } term && term.Length >= options.FuzzyMinLength ? term : null;
        HashSet<int> fuzzy = typo is null ? [] : Matching(ConceptQueryBuilder.Fuzzy(typo, options.HeadingBoost, options.FuzzyWeight), documents);
        var frequency = exact.Count + fuzzy.Count;
        var inHeadings = typo is null ? ConceptQueryBuilder.InHeadingsOrTitles(concept) : ConceptQueryBuilder.FuzzyInHeadingsOrTitles(typo);
        var isDomain = concept.IsSynonymGroup
            || Matching(inHeadings, documents).Any(d => index.Passages[d].Kind == PassageKind.Article);
        return new ConceptEvidence(concept, exact, fuzzy, Idf(frequency, documents), isDomain);
    }

    private HashSet<int> Matching(Query query, int documents) =>
        index.Searcher.Search(query, documents).ScoreDocs.Select(d => d.Doc).ToHashSet();

    /// <summary>BM25's IDF; a concept found nowhere gets the highest value, as the most specific word there is.</summary>
    private static double Idf(int frequency, int documents) =>
        Math.Log(1 + ((documents - frequency + 0.5) / (frequency + 0.5)));
}
