using CareerBot.Knowledge.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace CareerBot.Knowledge.Search;

/// <summary>
/// Lucene queries for one concept. A concept is one idea however many ways it can be said, so its phrases and
/// fields go into a disjunction-max query: the best way it matches counts (plus a little for the others), and a
/// passage saying "salaire" and "rémunération" is not scored as if it answered two questions.
/// </summary>
internal static class ConceptQueryBuilder
{
    /// <summary>Words of a synonym phrase may be this many positions apart ("ingénieur en prompt" for "ingénieur prompt").</summary>
    private const int PhraseSlop = 2;

    /// <summary>Share of the non-best matches of a concept added to its best one.</summary>
    private const float TieBreaker = 0.1f;

    public static Query Exact(QueryConcept concept, float headingBoost)
    {
        var query = new DisjunctionMaxQuery(TieBreaker);
        foreach (var phrase in concept.Phrases)
        {
            query.Add(Phrase(IndexFields.Text, phrase, 1f));
            query.Add(Phrase(IndexFields.Heading, phrase, headingBoost));
        }

        return query;
    }


    /// <summary>
    /// One typo (insertion, deletion, substitution or transposition) away from the unstemmed word, first letter
    /// kept, matched against the unstemmed fields.
    /// </summary>
    public static Query Fuzzy(string word, float headingBoost, float weight) => new DisjunctionMaxQuery(TieBreaker)
    {
        Typo(IndexFields.TextWords, word, weight),
        Typo(IndexFields.HeadingWords, word, weight * headingBoost),
    };


    private static FuzzyQuery Typo(string field, string term, float boost) =>
        new(new Term(field, term), maxEdits: 1, prefixLength: 1) { Boost = boost };

    private static Query Phrase(string field, IReadOnlyList<string> terms, float boost)
    {
        if (terms.Count == 1)
        {
            return new TermQuery(new Term(field, terms[0])) { Boost = boost };
        }

        var phrase = new PhraseQuery { Slop = PhraseSlop, Boost = boost };
        foreach (var term in terms)
        {
            phrase.Add(new Term(field, term));
        }

        return phrase;
    }
}
