namespace CareerBot.LoadTest;

/// <summary>
/// The messages of a run: each conversation goes through them in order, starting at its own offset, so that the
/// concurrent conversations do not all ask the same question at the same time (which would flatter any cache).
/// </summary>
public sealed class QuestionMix
{
    private readonly string[] _lines;

    public QuestionMix(IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        _lines = [.. lines];
        if (_lines.Length == 0)
        {
            throw new ArgumentException("The question mix is empty.", nameof(lines));
        }
    }

    public int Count => _lines.Length;

    /// <summary>One line per message; blank lines and lines starting with '#' (comments) are skipped.</summary>
    public static QuestionMix Load(string path) =>
        new(File.ReadLines(path).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')));

    public string For(int conversation, int turn) => _lines[(conversation + turn) % _lines.Length];
}
