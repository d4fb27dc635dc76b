namespace CareerBot.BotFramework.Builder;

/// <summary>
/// A source cited by an answer: the <paramref name="Number"/> of its <c>[n]</c> marker in the text, its title, the
/// quoted passage, and where to read it when it has an address.
/// </summary>
public sealed record CitationSource(int Number, string Title, string Quote, string? Url = null);
