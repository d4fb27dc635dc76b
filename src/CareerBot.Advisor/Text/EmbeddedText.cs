namespace CareerBot.Advisor.Text;

/// <summary>
/// Reads the word lists shipped inside the assembly (<c>Resources/*.txt</c>): their lines without comments
/// (<c>#</c> to the end of the line) and without blank lines. A missing list is a build mistake, so it throws.
/// </summary>
internal static class EmbeddedText
{
    public static IReadOnlyList<string> Lines(string name)
    {
        var assembly = typeof(EmbeddedText).Assembly;
        using var stream = assembly.GetManifestResourceStream($"CareerBot.Advisor.Resources.{name}")
            ?? throw new InvalidOperationException($"The word list {name} is not embedded in {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var hash = line.IndexOf('#', StringComparison.Ordinal);
            var content = (hash >= 0 ? line[..hash] : line).Trim();
            if (content.Length > 0)
            {
                lines.Add(content);
            }
        }

        return lines;
    }
}
