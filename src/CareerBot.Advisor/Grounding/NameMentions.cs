using CareerBot.Knowledge.Analysis;
using CareerBot.Knowledge.Text;

namespace CareerBot.Advisor.Grounding;

/// <summary>
/// Finds the names of a text: words with a capital letter that are not merely opening a sentence, joined into one
/// name when only spaces separate them ("BNP Paribas", "Morgan McKinley"). An acronym, a word with an inner capital
/// or a digit ("OpenAI", "GPT-4") is a name even at the start of a sentence; an ordinary capitalised word there is
/// one only when a name follows it ("Goldman Sachs recrute"). Leading function words ("La Poste", "The Washington
/// Post") are not part of the name: the analyzer's stop words decide which words those are.
/// </summary>
internal static class NameMentions
{
    private static readonly FrenchTextAnalyzer Analyzer = new();

    public static IReadOnlyList<NameMention> Find(string text)
    {
        var mentions = new List<NameMention>();
        var run = new List<(int Index, int End, string Word)>();
        var runOpensSentence = false;
        var previousEnd = -1;
        var pendingStart = true;
        foreach (var word in NameWords.Of(text))
        {
            var gap = previousEnd < 0 ? ReadOnlySpan<char>.Empty : text.AsSpan(previousEnd, word.Index - previousEnd);
            var opensSentence = pendingStart || gap.IndexOfAny(".!?…\n") >= 0;

            // A lone character opening a sentence (a symbol the tokenizer takes for a letter, such as "ℹ️", or a
            // list label "a") leaves the next word opening it.
            pendingStart = opensSentence && word.Word.Length == 1;
            if (run.Count > 0 && !IsSpaceOnly(gap))
            {
                Flush();
            }

            if (IsCapitalised(word.Word))
            {
                if (run.Count == 0)
                {
                    runOpensSentence = opensSentence && IsOrdinaryWord(word.Word);
                }

                run.Add(word);
            }
            else
            {
                Flush();
            }

            previousEnd = word.End;
        }

        Flush();
        return mentions;

        void Flush()
        {
            var start = 0;
            while (start < run.Count && IsOrdinaryWord(run[start].Word) && IsFunctionWord(run[start].Word))
            {
                start++;
            }

            var opens = runOpensSentence && start == 0;
            var count = run.Count - start;
            if (count > 1 || (count == 1 && !opens))
            {
                var first = run[start];
                var last = run[^1];
                mentions.Add(new NameMention(
                    text[first.Index..last.End],
                    run.Skip(start).Select(w => Folding.Fold(w.Word)).ToList(),
                    opens));
            }

            run.Clear();
        }
    }

    /// <summary>A capital somewhere, and more than one character: a lone capital is an initial or "I"/"A".</summary>
    private static bool IsCapitalised(string word) => word.Length > 1 && word.Any(char.IsUpper) && word.Any(char.IsLetter);

    /// <summary>Capital first, then lower-case letters only: a word any sentence may start with.</summary>
    private static bool IsOrdinaryWord(string word) => char.IsUpper(word[0]) && word.Skip(1).All(char.IsLower);

    private static bool IsFunctionWord(string word) => Analyzer.Terms(word).Count == 0;

    private static bool IsSpaceOnly(ReadOnlySpan<char> gap)
    {
        foreach (var c in gap)
        {
            if (!char.IsWhiteSpace(c) || c is '\n' or '\r')
            {
                return false;
            }
        }

        return true;
    }
}
