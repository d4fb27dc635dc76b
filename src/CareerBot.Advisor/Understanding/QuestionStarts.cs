using CareerBot.Advisor.Text;
using CareerBot.Knowledge.Text;

namespace CareerBot.Advisor.Understanding;

/// <summary>
/// The first words that make words a question even without a question mark (« combien gagne… », « est-ce qu'on
/// peut… », "how much…"): <c>Resources/QuestionStarts.txt</c>, compared as folded words.
/// </summary>
internal static class QuestionStarts
{
    /// <summary>The longest start, in words once split (« qu'est-ce » is « qu est ce »).</summary>
    private const int MaxWords = 3;

    private static readonly HashSet<string> Starts = EmbeddedText.Lines("QuestionStarts.txt")
        .Select(Tokens.Flat)
        .ToHashSet(StringComparer.Ordinal);

    /// <summary>Whether a question starts at <paramref name="at"/> in the folded <paramref name="words"/>.</summary>
    public static bool StartAt(IReadOnlyList<string> words, int at)
    {
        for (var length = 1; length <= Math.Min(MaxWords, words.Count - at); length++)
        {
            if (Starts.Contains(string.Join(' ', Enumerable.Range(at, length).Select(i => words[i]))))
            {
                return true;
            }
        }

        return false;
    }
}
