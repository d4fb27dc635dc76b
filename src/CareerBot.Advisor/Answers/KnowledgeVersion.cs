using CareerBot.Knowledge;
using CareerBot.Knowledge.Chunking;
using CareerBot.Knowledge.Facts;
using CareerBot.Knowledge.Synonyms;

namespace CareerBot.Advisor.Answers;

/// <summary>
/// Which load of the knowledge base an answer was made from: a reload swaps in new lists, so comparing the lists by
/// reference tells whether anything an offline answer depends on (passages, facts, synonyms) may have changed.
/// </summary>
internal readonly record struct KnowledgeVersion(IReadOnlyList<Passage> Passages, IReadOnlyList<Fact> Facts, IReadOnlyList<SynonymGroup> Synonyms)
{
    public static KnowledgeVersion Of(IKnowledgeSearch knowledge) => new(knowledge.Passages, knowledge.Facts, knowledge.Synonyms);
}
