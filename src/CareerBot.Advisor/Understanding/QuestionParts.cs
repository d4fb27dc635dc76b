using CareerBot.Knowledge.Text;

namespace CareerBot.Advisor.Understanding;

/// <summary>
/// The questions of a message that asks several (« il gagne combien ? et il bosse où ? », « combien on gagne en
/// début de carrière et est-ce qu'on peut bosser de chez soi ? », "how much do they earn and where do they work?"):
/// it is cut after a question mark that more words follow, and before "et" / "and" when a question starts after it
/// (<see cref="QuestionStarts"/>) or a definite article does (« c'est quoi le code ROME et le niveau d'études
/// demandé ? »): whether such a part asks about a topic of its own is for the reading of each to say. Each part keeps
/// at least <see cref="MinWords"/> words; otherwise the message is one.
/// </summary>
internal static class QuestionParts
{
    /// <summary>Fewer words are no question of their own (« et toi ? »), rather a tail of the one before.</summary>
    private const int MinWords = 3;

    /// <summary>The articles that open a second thing asked about after "et" / "and" (« et le niveau d'études »).</summary>
    private static readonly HashSet<string> Articles = new(StringComparer.Ordinal) { "le", "la", "les", "l", "the" };

    public static IReadOnlyList<string> Of(string text)
    {
        var words = Tokens.Positioned(text).ToList();
        var folded = words.Select(w => w.Folded).ToList();
        var cuts = new List<int>();
        for (var i = 1; i < words.Count; i++)
        {
            var afterQuestionMark = text.AsSpan(words[i - 1].Index, words[i].Index - words[i - 1].Index).Contains('?');
            var joined = folded[i] is "et" or "and" && i + 1 < words.Count && (QuestionStarts.StartAt(folded, i + 1) || Articles.Contains(folded[i + 1]));
            if (afterQuestionMark || joined)
            {
                cuts.Add(i);
            }
        }

        var bounds = new List<int> { 0 };
        foreach (var cut in cuts)
        {
            // A part too short to ask anything alone stays with the one before.
            if (cut - bounds[^1] >= MinWords && words.Count - cut >= MinWords)
            {
                bounds.Add(cut);
            }
        }

        if (bounds.Count == 1)
        {
            return [text];
        }

        return [.. bounds.Select((start, k) => text[words[start].Index..(k + 1 < bounds.Count ? words[bounds[k + 1]].Index : text.Length)].Trim())];
    }
}
