namespace CareerBot.Knowledge.Synonyms;

/// <summary>One line of <c>synonyms.txt</c>: words or phrases that mean the same thing in a question.</summary>
public sealed record SynonymGroup(IReadOnlyList<string> Terms, int Line);
