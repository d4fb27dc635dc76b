namespace CareerBot.Knowledge.Text;

/// <summary>
/// A figure written in a text: where it starts, as written ("45 000", "45k", "3,5"), and the values it can stand
/// for (one, or two when "87.500" may be a thousands group or a decimal).
/// </summary>
public sealed record NumberMention(int Index, string Text, IReadOnlyList<decimal> Values);
