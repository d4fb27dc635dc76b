using CareerBot.Knowledge.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace CareerBot.Knowledge.Search;

/// <summary>
/// Lucene queries for one concept. A concept is one idea however many ways it can be said, so its phrases and
/// fields go into a disjunction-max query: the best way it matches counts (plus a little for the others), and a
/// passage saying "salaire" and "rémunération" is not scored as if it answered two questions. A phrase with a word that a
/// field does not have cannot match there and is left out (a synonym group lists many phrases, few of them in any corpus).
/// </summary>
internal static class ConceptQueryBuilder
{
    /// <summary>Words of a synonym phrase may be this many positions apart ("ingénieur en prompt" for "ingénieur prompt").</summary>
    private const int PhraseSlop = 2;

    /// <summary>Share of the non-best matches of a concept added to its best one.</summary>
    private const float TieBreaker = 0.1f;

    public static Query Exact(QueryConcept concept, float headingBoost, TermDocs terms)
    {
        var query = new DisjunctionMaxQuery(TieBreaker);
        foreach (var phrase in concept.Phrases)
        {
            if (phrase.All(term => terms.Contains(IndexFields.Text, term)))
            {
                query.Add(Phrase(IndexFields.Text, phrase, 1f, terms));
            }

            if (phrase.All(term => terms.Contains(IndexFields.Heading, term)))
            {
                query.Add(Phrase(IndexFields.Heading, phrase, headingBoost, terms));
            }
        }

        return query;
    }

    /// <summary>
    /// The index words a typo stands for (see <see cref="TermDocs.Typos"/>), matched against the unstemmed fields and
    /// weighted down: the same matches as a Lucene fuzzy query, without building its automaton for every question.
    /// </summary>
    public static Query Typos(IReadOnlyList<string> words, float headingBoost, float weight, TermDocs terms)
    {
        var query = new DisjunctionMaxQuery(TieBreaker);
        foreach (var word in words)
        {
            query.Add(terms.Query(IndexFields.TextWords, word, weight));
            query.Add(terms.Query(IndexFields.HeadingWords, word, weight * headingBoost));
        }

        return query;
    }

    /// <summary>A Lucene phrase query for a phrase of several words, its words at most <see cref="PhraseSlop"/> apart.</summary>
    public static PhraseQuery LucenePhrase(string field, IReadOnlyList<string> terms)
    {
        var phrase = new PhraseQuery { Slop = PhraseSlop };
        foreach (var term in terms)
        {
            phrase.Add(new Term(field, term));
        }

        return phrase;
    }

    private static Query Phrase(string field, IReadOnlyList<string> terms, float boost, TermDocs termDocs) =>
        terms.Count == 1 ? termDocs.Query(field, terms[0], boost) : termDocs.PhraseQuery(field, terms, boost);
}
