using System.Text.RegularExpressions;
using CareerBot.Advisor.Understanding;
using CareerBot.Knowledge.Chunking;
using CareerBot.Knowledge.Text;

namespace CareerBot.Advisor.Composition;

/// <summary>
/// The sentence that answers a short question about a detail of what was just said (« et c'est où ? », "how many users
/// does it have?", « qui en porte la responsabilité ? »). The passages the last answer cited hold more than it showed:
/// their sentences of the kind asked (a place, a date, a figure, a length of time) are weighed by the question's own
/// words first, then by the words of the conversation (the user's last questions twice, the bot's last answer once), and
/// by their neighbours' (« Selon le fondateur de cette dernière… » follows the sentence that names PromptBase). The best
/// one is quoted, or none when nothing of the kind scores <c>minScore</c> or more. The sentence must say every word of <c>required</c> (« qui a
/// fondé l'école ? » is not answered by a sentence on schools that names no founder).
/// </summary>
internal static partial class DetailFinder
{
    /// <summary>A word of the question outweighs all the conversation's: it says which detail is meant.</summary>
    private const int QuestionWordWeight = 100;

    /// <summary>A word of the user's last questions weighs twice one of the bot's last answer, which says more than was asked.</summary>
    private const int AskedWordWeight = 2;

    /// <summary>Words compared by this many first letters, when both have them ("porte" and « portée »).</summary>
    private const int StemLength = 5;

    /// <summary>A shorter word is the same as a longer one it begins ("dure" and « durée »), from this many letters.</summary>
    private const int MinPrefixLength = 4;

    /// <summary>Longer sentences are tables or run-on lists, not a detail to quote.</summary>
    private const int MaxSentenceWords = 60;

    public static (Passage Passage, int Index, string Sentence)? Find(
        DetailAsked asked,
        IReadOnlyList<string> questionWords,
        IReadOnlyCollection<string> askedWords,
        IReadOnlyCollection<string> saidWords,
        IReadOnlyList<Passage> cited,
        Func<string, IReadOnlyList<string>> meaningWords,
        IReadOnlyList<string> required,
        FactPassages knowledge,
        int minScore = 0,
        int maxWords = MaxSentenceWords)
    {
        (Passage Passage, int Index, string Sentence)? best = null;
        var bestScore = minScore - 1;
        foreach (var passage in cited)
        {
            var sentences = Sentences(passage.Text, maxWords);
            var words = sentences.Select(meaningWords).ToList();
            var scores = words.Select(w => (Own: Count(w, questionWords), Context: (AskedWordWeight * Count(w, askedWords)) + Count(w, saidWords))).ToList();
            for (var i = 0; i < sentences.Count; i++)
            {
                var (own, context) = scores[i];
                if (!Gives(asked, sentences[i], questionWords, meaningWords, knowledge) || asked == DetailAsked.Person && own == 0 || Count(words[i], required) < required.Count)
                {
                    continue;
                }

                var neighbours = (i > 0 && scores[i - 1] != default) || (i + 1 < sentences.Count && scores[i + 1] != default) ? 1 : 0;
                var score = (QuestionWordWeight * own) + context + neighbours;
                // Ties go to the passage cited first and to the sentence read first.
                if (score > bestScore)
                {
                    (best, bestScore) = ((passage, i, sentences[i]), score);
                }
            }
        }

        return best;
    }

    /// <summary>How many of <paramref name="wanted"/> a sentence's words say.</summary>
    private static int Count(IReadOnlyList<string> words, IEnumerable<string> wanted) => wanted.Count(c => words.Any(w => Same(c, w)));

    private static bool Same(string a, string b) =>
        a == b
        || a.Length >= StemLength && b.Length >= StemLength && a.AsSpan(0, StemLength).SequenceEqual(b.AsSpan(0, StemLength))
        || Math.Min(a.Length, b.Length) >= MinPrefixLength && (a.StartsWith(b, StringComparison.Ordinal) || b.StartsWith(a, StringComparison.Ordinal));

    /// <summary>
    /// Whether a sentence gives the kind of detail asked; who is said in too many ways to tell, so any may. A capitalised
    /// common noun (« des bases solides en Développement », « Bac+5 ») is written in lower case somewhere in the knowledge.
    /// </summary>
    private static bool Gives(DetailAsked asked, string sentence, IReadOnlyList<string> questionWords, Func<string, IReadOnlyList<string>> meaningWords, FactPassages knowledge) => asked switch
    {
        DetailAsked.Duration => Duration().IsMatch(Folding.Fold(sentence)),
        DetailAsked.Number => AnswerCues.GivesNumber(sentence),
        DetailAsked.Time => Date().IsMatch(Folding.Fold(sentence)),
        // The name is a word of meaning (« le métier de Prompt Engineer » names the job, not a place), and a proper name.
        DetailAsked.Place => Place().Matches(sentence).Select(m => m.Groups["name"].Value).Any(name => IsProperName(name, meaningWords, knowledge)),
        // A sentence's first word is capitalised whatever it is: it names something when the passages also write it so
        // within a sentence (« Anthropic, fondée par… » and « l'offre d'Anthropic »). The name asked is not one the
        // question says itself ("which newspaper interviewed him?" about Ben Stokes).
        DetailAsked.Name => Capitalised().Matches(sentence)
            .Any(m => IsProperName(m.Value, meaningWords, knowledge) && (m.Index > 0 || WrittenWithin(m.Value, knowledge.Text)) && !questionWords.Contains(Folding.Fold(m.Value))),
        _ => true,
    };

    /// <summary>
    /// Whether a capitalised word is a proper name: a word of meaning (« le métier de Prompt Engineer » names the job),
    /// never written in lower case in the knowledge (« des bases solides en Développement »).
    /// </summary>
    private static bool IsProperName(string name, Func<string, IReadOnlyList<string>> meaningWords, FactPassages knowledge) =>
        meaningWords(name).Count > 0 && !knowledge.WritesInLowerCase(char.ToLowerInvariant(name[0]) + name[1..]);

    /// <summary>Whether the passages write a capitalised word after a letter, a comma or an apostrophe, not as a sentence's first.</summary>
    private static bool WrittenWithin(string name, string passages)
    {
        for (var at = passages.IndexOf(name, StringComparison.Ordinal); at > 0; at = passages.IndexOf(name, at + 1, StringComparison.Ordinal))
        {
            var before = at - 1;
            while (before >= 0 && passages[before] is ' ' or '\t')
            {
                before--;
            }

            if (before >= 0 && !".!?…:\n-•*«\"".Contains(passages[before], StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The sentences of a passage, line by line; no question, no run-on.</summary>
    private static List<string> Sentences(string text, int maxWords) =>
        [.. text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(ArticleSentences.Split)
            .Select(s => s.Trim().TrimStart('-', '•', '*', ' '))
            .Where(s => s.Length > 0 && !s.EndsWith('?') && Tokens.Of(s).Count > 2 && Tokens.Of(s).Count <= maxWords)];

    /// <summary>A length of time: a number or a number word before a unit of time, or years of study after the bac ("bac +5").</summary>
    [GeneratedRegex(@"\b(?:\d+|un|une|deux|trois|quatre|cinq|six|dix|quelques|plusieurs|\w+aine)\s*(?:ans?|annees?|mois|semaines?|jours?|heures?|h|years?|months?|weeks?|days?|hours?)\b|\bbac\s*\+\s*\d")]
    private static partial Regex Duration();

    /// <summary>A date: a year, or a month's name, French or English.</summary>
    [GeneratedRegex(@"\b(?:19|20)\d\d\b|\b(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|january|february|march|april|june|july|august|september|october|november|december)\b")]
    private static partial Regex Date();

    /// <summary>A capitalised word (« Anthropic », « Washington »).</summary>
    [GeneratedRegex(@"\b\p{Lu}[\p{Ll}\p{Lu}-]*\p{Ll}[\p{L}-]*")]
    private static partial Regex Capitalised();

    /// <summary>
    /// A place: a capitalised name after a preposition of place or "campus" (« sur Twitter », « Campus Lyon », « à Paris »),
    /// or after « de », where a company or a city is where someone works (« une start-up de San Francisco »).
    /// </summary>
    [GeneratedRegex(@"\b(?:à|au|aux|en|sur|dans|chez|de|[Cc]ampus|in|at|on)\s+(?:l['’]|la\s|le\s|les\s)?(?<name>\p{Lu}[\p{Ll}\p{Lu}-]*\p{Ll}[\p{L}-]*)")]
    private static partial Regex Place();
}
