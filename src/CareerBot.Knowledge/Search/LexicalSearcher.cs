using CareerBot.Knowledge.Analysis;
using CareerBot.Knowledge.Chunking;
using CareerBot.Knowledge.Indexing;
using Lucene.Net.Search;

namespace CareerBot.Knowledge.Search;

/// <summary>
/// BM25 search of one index with the out-of-scope guard. The question becomes concepts; each concept is first
/// looked up on its own, which gives the passages that contain it and its document frequency, hence an IDF weight
/// that also covers its synonyms and typos. A concept the corpus never uses gets the highest IDF: it is the most
/// specific word of the question, and most likely its subject ("boulanger"). So does a concept found only in reader
/// comments: the articles cannot answer about it ("chef cuisinier étoilé" is a reader's comparison).
/// <para>The question is in scope when it names the corpus topic (see <see cref="CorpusTopic"/>), or else when both:
/// the corpus knows at least <c>MinQueryCoverage</c> of the question's weight, and one article section (a top-level
/// heading with its sub-sections, the unit in which an article treats one subject) contains at least
/// <c>MinEvidence</c> of the weight of the concepts the corpus knows. The second test catches questions made of known
/// words that the corpus never says together ("combien gagne un data scientist": it speaks of salaries, and of data
/// scientists, never of their salary). Reader comments cannot put a question in scope. In a question that does not
/// name the topic, a word of the topic phrase that the articles say almost only within it ("engineer") names
/// another subject ("software engineer"): it counts as unknown, with the unknown word's weight. The words that frame
/// a question (<see cref="QuestionWords"/>: "nécessaire", "devenir") are left out of both tests, and a question that
/// asks about another job (<see cref="OtherOccupations"/>: "quel salaire pour un data analyst") is out of scope.</para>
/// <para>In scope, all known concepts are searched together (BM25, one disjunction-max clause per concept); a passage's
/// relevance is the weighted share of known concepts it contains (times <c>CommentFactor</c> for a comment), its score
/// BM25 times relevance, passages under <c>MinScore</c> relevance are dropped, and the order is diversified across
/// sections.</para>
/// </summary>
internal sealed class LexicalSearcher
{
    private const double SameSectionFactor = 0.5;

    private static readonly LexicalResult Nothing = new([], false, 0, []);

    private readonly PassageIndex _index;
    private readonly ConceptExtractor _extractor;
    private readonly KnowledgeOptions _options;
    private readonly CorpusTopic _topic;
    private readonly IReadOnlyList<int[]> _sections;
    private readonly TermDocs _termDocs;
    private readonly OtherOccupations _occupations;
    private readonly QuestionWords _questionWords;
    private readonly FrenchTextAnalyzer _analyzer;

    public LexicalSearcher(PassageIndex index, ConceptExtractor extractor, KnowledgeOptions options)
    {
        _index = index;
        _extractor = extractor;
        _options = options;
        var analyzer = new FrenchTextAnalyzer();
        _analyzer = analyzer;
        _topic = new CorpusTopic(index.Passages, analyzer);
        _occupations = new OtherOccupations(analyzer);
        _questionWords = new QuestionWords(analyzer);
        _termDocs = new TermDocs(index);
        _sections = Enumerable.Range(0, index.Passages.Count)
            .Where(IsArticle)
            .GroupBy(doc => (index.Passages[doc].SourceId, index.Passages[doc].Section))
            .Select(section => section.ToArray())
            .ToList();
    }

    /// <summary>
    /// The other job than the corpus topic the question asks about ("quel salaire pour un boulanger"), as the list
    /// writes it, or null (none, or the question names the topic itself).
    /// </summary>
    public string? AnotherJobIn(string question) =>
        _occupations.Find(question) is { } title && !_analyzer.Terms(question).Except(_analyzer.Terms(title)).Any(_topic.Terms.Contains) ? title : null;

    public LexicalResult Search(string question)
    {
        var documents = _index.Reader.NumDocs;
        if (documents == 0 || string.IsNullOrWhiteSpace(question))
        {
            return Nothing;
        }

        var evidence = _extractor.Extract(question).Select(c => Gather(c, documents)).ToList();
        if (!evidence.Any(e => e.IsTopic && e.IsKnown))
        {
            // Without the topic, a fragment of the topic phrase names another subject ("software engineer"): the
            // corpus does not know that subject, so the word weighs as an unknown one, the rarest there is.
            evidence = evidence
                .Select(e => e.IsKnown && _topic.IsFragment(e.Concept) ? e with { IsKnown = false, Weight = Idf(0, documents) } : e)
                .ToList();
        }

        if (!evidence.Any(e => e.IsKnown))
        {
            return evidence.Count == 0 ? Nothing : new LexicalResult([], false, 0, evidence);
        }

        // The scope tests weigh what the question is about, not the words that frame it; framing alone is about nothing.
        var subject = evidence.Where(e => !_questionWords.Frames(e.Concept)).ToList();
        var known = subject.Where(e => e.IsKnown).ToList();
        var coverage = subject.Count == 0 ? 0 : known.Sum(e => e.Weight) / subject.Sum(e => e.Weight);
        var result = new LexicalResult([], false, coverage, evidence);
        var inScope = evidence.Any(e => e.IsTopic && e.IsKnown)
            || (coverage >= _options.MinQueryCoverage && known.Count > 0
                && _sections.Any(section => SectionRelevance(known, section) >= _options.MinEvidence)
                && _occupations.Find(question) is null);
        if (!inScope)
        {
            return result;
        }

        var query = new BooleanQuery();
        foreach (var concept in evidence.Where(e => e.IsKnown))
        {
            query.Add(concept.FuzzyDocs.Count == 0
                ? ConceptQueryBuilder.Exact(concept.Concept, _options.HeadingBoost, _termDocs)
                : ConceptQueryBuilder.Typos(concept.TypoWords, _options.HeadingBoost, _options.FuzzyWeight, _termDocs), Occur.SHOULD);
        }

        var ranked = new List<RankedPassage>();
        var collector = new HitCollector();
        _index.Searcher.Search(query, collector);
        // Lucene's order (score, then document): diversification breaks ties by it, so a question always ranks the same.
        collector.Hits.Sort((a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : a.Doc.CompareTo(b.Doc));
        foreach (var hit in collector.Hits)
        {
            // BM25 rewards repeating a word; scaling by the share of the question a passage covers (the "coord"
            // factor BM25 dropped) puts the passage that answers the whole question above one that says "salaire" often.
            var relevance = Relevance(result, hit.Doc);
            if (relevance >= _options.MinScore)
            {
                ranked.Add(new RankedPassage(hit.Doc, hit.Score * relevance, relevance));
            }
        }

        return result with { Ranked = Diversify(ranked), InScope = true };
    }

    /// <summary>
    /// Orders by score, each passage's score multiplied by <see cref="SameSectionFactor"/> for every better passage of
    /// the same section: neighbouring list items of one section say much the same thing, and the next best section is
    /// worth more to an answer than the third item of the first.
    /// </summary>
    private List<RankedPassage> Diversify(List<RankedPassage> candidates)
    {
        // Lazy greedy: a passage's penalised score only falls as its section gets taken, so a queue entry whose
        // penalty is out of date is re-queued with the current one instead of rescoring every candidate at each pick.
        // Same order as rescoring all (ties broken by the original order), in O(n log n) rather than O(n²).
        var taken = new Dictionary<(string, string?), int>();
        var queue = new PriorityQueue<(int Index, int Penalty), (double Score, int Index)>(
            candidates.Count, Comparer<(double Score, int Index)>.Create((a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : a.Index.CompareTo(b.Index)));
        for (var i = 0; i < candidates.Count; i++)
        {
            queue.Enqueue((i, 0), (candidates[i].Score, i));
        }

        var ordered = new List<RankedPassage>(candidates.Count);
        while (queue.TryDequeue(out var entry, out _))
        {
            var candidate = candidates[entry.Index];
            var section = SectionOf(candidate.Doc);
            var penalty = taken.GetValueOrDefault(section);
            var score = candidate.Score * Math.Pow(SameSectionFactor, penalty);
            if (penalty != entry.Penalty)
            {
                queue.Enqueue((entry.Index, penalty), (score, entry.Index));
                continue;
            }

            taken[section] = penalty + 1;
            ordered.Add(candidate with { Score = score });
        }

        return ordered;
    }

    private (string, string?) SectionOf(int doc) => (_index.Passages[doc].SourceId, _index.Passages[doc].Section);

    /// <summary>The weighted share of the question's known concepts found in a passage, scaled down for a comment.</summary>
    public double Relevance(LexicalResult result, int doc)
    {
        var found = 0.0;
        foreach (var concept in result.Known)
        {
            found += concept.Weight * concept.MatchIn(doc, _options.FuzzyWeight);
        }

        var factor = _index.Passages[doc].Kind == PassageKind.Comment ? _options.CommentFactor : 1;
        return result.KnownWeight > 0 ? factor * found / result.KnownWeight : 0;
    }

    /// <summary>
    /// The weighted share of the question's known concepts found somewhere in an article section. A typo match
    /// counts in full here: the question is about what the user meant, the fuzzy weight only orders passages.
    /// </summary>
    private static double SectionRelevance(List<ConceptEvidence> known, int[] section)
    {
        var found = 0.0;
        var total = 0.0;
        foreach (var concept in known)
        {
            total += concept.Weight;
            if (section.Any(doc => concept.MatchIn(doc, fuzzyWeight: 1) > 0))
            {
                found += concept.Weight;
            }
        }

        return found / total;
    }

    private ConceptEvidence Gather(QueryConcept concept, int documents)
    {
        var exact = _termDocs.Exact(concept);
        var typos = !exact.Any(IsArticle) && concept.Word is { } word && word.Length >= _options.FuzzyMinLength ? _termDocs.Typos(word) : [];
        var fuzzy = _termDocs.WordDocs(typos);
        fuzzy.ExceptWith(exact);
        var frequency = exact.Count + fuzzy.Count;
        var known = exact.Any(IsArticle) || fuzzy.Any(IsArticle);
        return new ConceptEvidence(concept, exact, fuzzy, fuzzy.Count > 0 ? typos : [], Idf(frequency, documents), known,
            _topic.IsNamedBy(concept, typo: fuzzy.Count > 0));
    }

    private bool IsArticle(int doc) => _index.Passages[doc].Kind == PassageKind.Article;

    /// <summary>BM25's IDF; a concept found nowhere gets the highest value, as the most specific word there is.</summary>
    private static double Idf(int frequency, int documents) =>
        Math.Log(1 + ((documents - frequency + 0.5) / (frequency + 0.5)));
}
