using CareerBot.Knowledge.Chunking;
using CareerBot.Knowledge.Documents;
using CareerBot.Knowledge.Facts;
using CareerBot.Knowledge.Loading;
using CareerBot.Knowledge.Search;
using CareerBot.Knowledge.Synonyms;
using CareerBot.Knowledge.Vocabulary;

namespace CareerBot.Knowledge;

/// <summary>
/// The knowledge base as the bot sees it: passage search with an out-of-scope guard, and the loaded content. Every
/// member reads one consistent state, even while a reload swaps in a new index.
/// </summary>
public interface IKnowledgeSearch
{
    /// <summary>
    /// The passages that answer <paramref name="question"/>, best first, at most <paramref name="top"/> (default:
    /// the <c>TopK</c> option); empty when the question is out of scope. With an embedding generator this blocks on
    /// the question's embedding: prefer <see cref="SearchAsync"/> in request code.
    /// </summary>
    IReadOnlyList<SearchHit> Search(string question, int? top = null);

    /// <summary>
    /// The other job than the articles' the question asks about ("quel salaire pour un boulanger"), as the occupation
    /// list writes it (the comparison is by analysed terms, so "programmation" finds "programmeur"), or null.
    /// </summary>
    string? AnotherJobIn(string question);

    /// <inheritdoc cref="Search"/>
    Task<IReadOnlyList<SearchHit>> SearchAsync(string question, int? top = null, CancellationToken cancellationToken = default);

    /// <summary>Every passage of the index, in source then reading order.</summary>
    IReadOnlyList<Passage> Passages { get; }

    IReadOnlyList<SourceDocument> Sources { get; }

    /// <summary>The fact sheet (facts.json records that passed validation).</summary>
    IReadOnlyList<Fact> Facts { get; }

    IReadOnlyList<SynonymGroup> Synonyms { get; }

    /// <summary>The vocabulary questions are read with (topics, facets, follow-ups).</summary>
    KnowledgeVocabulary Vocabulary { get; }

    /// <summary>Problems met by the last load, files and lines included.</summary>
    IReadOnlyList<KnowledgeIssue> Issues { get; }
}
