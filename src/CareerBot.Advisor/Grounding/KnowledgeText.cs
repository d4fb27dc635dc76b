using System.Runtime.CompilerServices;
using CareerBot.Knowledge.Text;

namespace CareerBot.Advisor.Grounding;

/// <summary>
/// The texts of the knowledge (passages, fact quotes) with their whitespace collapsed, each computed once and kept as
/// long as the knowledge load that holds the text: citing an answer compares every passage and quote it may cite, on
/// every turn, and a passage is long.
/// </summary>
internal static class KnowledgeText
{
    private static readonly ConditionalWeakTable<string, string> Collapsed = new();

    /// <summary><see cref="Folding.CollapseWhitespace"/> of a text that lives as long as its knowledge load.</summary>
    public static string Collapse(string knowledgeText) => Collapsed.GetValue(knowledgeText, Folding.CollapseWhitespace);
}
