namespace CareerBot.Advisor.Grounding;

/// <summary>A citation marker of an answer ("[2]", "[1, 3]", "[1-3]"), as written, and the numbers it cites.</summary>
internal sealed record CitationMention(string Text, IReadOnlyList<int> Numbers);
