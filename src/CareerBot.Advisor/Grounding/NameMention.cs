namespace CareerBot.Advisor.Grounding;

/// <summary>
/// A name written in a text: a run of capitalised words or acronyms ("BNP Paribas", "OpenAI", "HEC"), as written,
/// and its words folded for lookup. <see cref="OpensSentence"/>: its first word opens a sentence
/// and is an ordinary capitalised word, which may be no part of the name ("Chez Ubisoft", "Selon Anthropic").
/// </summary>
internal sealed record NameMention(string Text, IReadOnlyList<string> Words, bool OpensSentence);
