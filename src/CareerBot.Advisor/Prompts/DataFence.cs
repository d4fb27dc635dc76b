namespace CareerBot.Advisor.Prompts;

/// <summary>
/// Makes text safe to put inside the prompt's data tags (<c>&lt;source&gt;</c>, <c>&lt;question&gt;</c>…): angle
/// brackets become entities, so that no data, whatever it says, can close its tag or open one of ours.
/// </summary>
internal static class DataFence
{
    public static string Escape(string text) =>
        text.Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    /// <summary>For an attribute value, which a quote would otherwise end.</summary>
    public static string Attribute(string text) => Escape(text).Replace("\"", "&quot;", StringComparison.Ordinal);
}
