using System.Buffers;

namespace CareerBot.Advisor.Language;

/// <summary>
/// Tells French from English in a chat message, the two languages CareerBot answers in. Short messages give little to
/// go on, so it counts the function words of each language (articles, pronouns, question words) and French
/// diacritics; a message with no clear lead (« ok », a salary figure) keeps the conversation's current language, and
/// French when there is none: CareerBot speaks French first.
/// </summary>
public static class LanguageDetector
{
    public const string French = "fr";
    public const string English = "en";

    private static readonly HashSet<string> FrenchWords = new(StringComparer.Ordinal)
    {
        "le", "la", "les", "un", "une", "des", "du", "de", "et", "est", "ce", "cette", "ces", "que", "qui", "quoi",
        "quel", "quelle", "quels", "quelles", "comment", "combien", "pourquoi", "je", "tu", "il", "elle", "on", "nous",
        "vous", "ils", "mon", "ma", "mes", "pour", "avec", "sans", "dans", "sur", "au", "aux", "pas", "faut", "peut",
        "être", "avoir", "fait", "c'est", "qu'est-ce", "est-ce", "gagne", "salaire", "métier", "formation", "bonjour",
        "merci", "oui", "non", "suivant", "aide", "parle", "français",
        // Pay in French SMS spelling (« c par mois ou par an ?? »): "an" alone would make it English.
        "par", "mois", "ou", "ans", "brut",
    };

    private static readonly HashSet<string> EnglishWords = new(StringComparer.Ordinal)
    {
        "the", "an", "and", "is", "are", "was", "what", "which", "who", "how", "why", "much", "many", "do", "does",
        "i", "you", "he", "she", "we", "they", "my", "your", "for", "with", "without", "in", "of", "to", "not",
        "need", "can", "should", "be", "have", "earn", "salary", "job", "training", "hello", "hi", "thanks", "yes", "no",
        "next", "help", "speak", "english", "that", "this", "from", "all", "at", "about", "it", "there", "if", "any",
        "say", "tell", "now", "year", "month", "per", "would", "could", "will", "did", "been", "there's", "what's",
        "it's", "i'm", "don't", "doesn't", "skills", "degree", "future", "companies", "work", "learn", "become",
        // Small talk that says nothing else: « bye » or « good morning » in a new conversation should get English.
        "thank", "thx", "bye", "goodbye", "morning", "evening", "great", "got",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FrenchLookup = FrenchWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> EnglishLookup = EnglishWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly SearchValues<char> FrenchLetters = SearchValues.Create("éèêàâçîïôûùœ");

    private static readonly SearchValues<char> Separators = SearchValues.Create(" \t\n\r?!.,;:«»\"()");

    /// <summary>The message's language, or <paramref name="current"/> (else French) when the message doesn't say.</summary>
    public static string Detect(string? text, string? current = null)
    {
        var fallback = current is English ? English : French;
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        // Words are looked up as spans of the lowered text: a message costs one lowered copy, not a string per word.
        var lowered = text.ToLowerInvariant().Replace('’', '\'');
        var french = lowered.AsSpan().ContainsAny(FrenchLetters) ? 1 : 0;
        var english = 0;
        foreach (var range in lowered.AsSpan().SplitAny(Separators))
        {
            var word = lowered.AsSpan(range);
            if (word.IsEmpty)
            {
                continue;
            }

            // « c'est », « qu'est-ce » are words of the list; « l'ingénieur » is « l » and « ingénieur ».
            if (word.StartsWith("c'", StringComparison.Ordinal) || word.StartsWith("qu'", StringComparison.Ordinal))
            {
                Count(word, ref french, ref english);
                continue;
            }

            foreach (var part in word.Split('\''))
            {
                Count(word[part], ref french, ref english);
            }
        }

        return french > english ? French : english > french ? English : fallback;
    }

    private static void Count(ReadOnlySpan<char> word, ref int french, ref int english)
    {
        french += FrenchLookup.Contains(word) ? 1 : 0;
        english += EnglishLookup.Contains(word) ? 1 : 0;
    }
}
