namespace CareerBot.Knowledge.Text;

/// <summary>A word of a text: as written, and folded (see <see cref="Folding"/>).</summary>
public readonly record struct Token(string Original, string Folded);
