using CareerBot.Knowledge.Documents;
using CareerBot.Knowledge.Facts;
using CareerBot.Knowledge.Synonyms;
using CareerBot.Knowledge.Vocabulary;

namespace CareerBot.Knowledge.Loading;

/// <summary>What a load of the knowledge folder yielded: the valid part, and the issues met on the way.</summary>
public sealed record KnowledgeContent(
    string Folder,
    IReadOnlyList<SourceDocument> Sources,
    IReadOnlyList<Fact> Facts,
    IReadOnlyList<SynonymGroup> Synonyms,
    KnowledgeVocabulary Vocabulary,
    IReadOnlyList<KnowledgeIssue> Issues);
