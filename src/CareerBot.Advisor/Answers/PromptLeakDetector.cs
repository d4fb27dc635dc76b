using CareerBot.Knowledge.Text;

namespace CareerBot.Advisor.Answers;

/// <summary>
/// Finds the system instructions in an answer: any run of <see cref="RunLength"/> consecutive words (case, accents
/// and punctuation aside) that is also in the instructions. A run that long does not happen by chance in an answer
/// about careers; a model that was talked into printing its prompt produces many.
/// </summary>
internal sealed class PromptLeakDetector
{
    public const int RunLength = 8;

    private readonly HashSet<string> _runs;

    public PromptLeakDetector(string instructions)
    {
        _runs = [.. Runs(Tokens.FoldedWords(instructions))];
    }

    /// <summary>The first leaked run, or null.</summary>
    public string? FindLeak(string answer) => Runs(Tokens.FoldedWords(answer)).FirstOrDefault(_runs.Contains);

    private static IEnumerable<string> Runs(IReadOnlyList<string> words)
    {
        for (var i = 0; i + RunLength <= words.Count; i++)
        {
            yield return string.Join(' ', words.Skip(i).Take(RunLength));
        }
    }
}
