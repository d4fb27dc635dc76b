using CareerBot.Knowledge.Facts;

namespace CareerBot.Knowledge.Vocabulary;

/// <summary>
/// How users speak of one topic (<see cref="Terms"/>, French and English, informal spellings included) and how the
/// bot speaks of it: the <see cref="Lead"/> its answer's first sentence starts with, its <see cref="Title"/>, the
/// <see cref="Ask"/> question a button shows, and the <see cref="Next"/> topics a user naturally asks about after it.
/// </summary>
public sealed record TopicWords(
    FactTopic Topic,
    IReadOnlyList<string> Terms,
    BilingualText Lead,
    BilingualText Title,
    BilingualText Ask,
    IReadOnlyList<FactTopic> Next);
