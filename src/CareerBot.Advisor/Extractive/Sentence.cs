using CareerBot.Knowledge.Search;

namespace CareerBot.Advisor.Extractive;

/// <summary>
/// A sentence (or list item) of a retrieved passage: the passage, its citation number (its place in the context),
/// the sentence's place in the passage, whether it is a list item, and its analysed terms.
/// </summary>
internal sealed record Sentence(SearchHit Hit, int Number, int Position, string Text, bool ListItem, IReadOnlySet<string> Terms);
