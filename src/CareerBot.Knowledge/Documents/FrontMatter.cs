namespace CareerBot.Knowledge.Documents;

/// <summary>The <c>key: value</c> lines between the two <c>---</c> lines, and where the body starts.</summary>
internal sealed record FrontMatter(IReadOnlyDictionary<string, string> Values, IReadOnlyDictionary<string, int> KeyLines, int BodyStartIndex);
