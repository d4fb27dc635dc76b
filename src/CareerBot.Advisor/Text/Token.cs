namespace CareerBot.Advisor.Text;

/// <summary>A word of a text: as written, and folded (see <see cref="Folding"/>).</summary>
internal readonly record struct Token(string Original, string Folded);
