namespace CareerBot.Knowledge.Facts;

/// <summary>A short text of the knowledge in French and in English (a record's label, a topic's lead).</summary>
public sealed record BilingualText(string Fr, string En)
{
    /// <summary>The text in <paramref name="language"/> (<c>en</c>, else French).</summary>
    public string In(string language) => language == "en" ? En : Fr;
}
