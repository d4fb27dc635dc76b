using System.Text;
using System.Text.Json;
using CareerBot.Advisor.Understanding;
using CareerBot.Knowledge.Text;

namespace CareerBot.Advisor.Conversation;

/// <summary>
/// Tells whether a whole message is small talk (« bonjour », « ok merci beaucoup ! », « salut, ça va ? », « t'es qui »)
/// and what it says. The message's words must all be covered by the phrases and fillers of
/// <c>Resources/Conversation/smalltalk.json</c>, so that « bonjour, combien gagne un prompt engineer ? » stays a
/// question. Words are folded (<see cref="Folding"/>, <see cref="Tokens"/>); letters held down are forgiven
/// (« merciii », « okkk »), and one typo in words of five letters or more (« mecri », « bonjoru »). The phrase table is
/// built once: a message costs one tokenisation and a lookup per word, whatever the number of phrases.
/// </summary>
internal sealed class SmallTalkRecognizer
{
    /// <summary>Longer messages are never small talk: a greeting that long carries a question or a story.</summary>
    public const int MaxWords = 12;

    /// <summary>Longer messages with words of their own are never small talk among them: they say something else.</summary>
    private const int MaxLooseWords = 5;

    /// <summary>Shorter words get no typo tolerance: one edit turns too many short words into others (« ty », « re »).</summary>
    private const int TypoMinLength = 5;

    /// <summary>
    /// Shorter words (once letters held down are collapsed) match only as typed or stretched: « c » is not « cc », « god »
    /// is not « good »; longer ones also match with a double letter dropped (« helo », « apreciated »).
    /// </summary>
    private const int CollapsedMinLength = 4;

    /// <summary>When several intents are said together, the reply answers the most telling one: « ok merci » thanks.</summary>
    private static readonly SmallTalkIntent[] Priority =
    [
        SmallTalkIntent.Frustration,
        SmallTalkIntent.Identity,
        SmallTalkIntent.Capabilities,
        SmallTalkIntent.Goodbye,
        SmallTalkIntent.Thanks,
        SmallTalkIntent.Greeting,
        SmallTalkIntent.Acknowledgement,
    ];

    private static readonly Lazy<SmallTalkRecognizer> Loaded = new(Load);

    /// <summary>Each vocabulary word's id by its folded spelling.</summary>
    private readonly Dictionary<string, int> _words;

    /// <summary>The ids of the vocabulary words by their spelling with repeated letters collapsed.</summary>
    private readonly Dictionary<string, List<int>> _collapsed;

    /// <summary>The words of the intents' phrases long enough for a typo, collapsed: a filler never matches by typo.</summary>
    private readonly List<(string Collapsed, int Id)> _typoCandidates;

    /// <summary>The phrases (intents and fillers) by the id of their first word.</summary>
    private readonly Dictionary<int, List<Phrase>> _phrases;

    private readonly Dictionary<string, SmallTalkIntent> _symbols;

    private SmallTalkRecognizer(IEnumerable<(SmallTalkIntent? Intent, string Text)> phrases, Dictionary<string, SmallTalkIntent> symbols)
    {
        _words = new Dictionary<string, int>(StringComparer.Ordinal);
        _collapsed = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        _typoCandidates = [];
        _phrases = [];
        _symbols = symbols;
        Phrases = phrases.ToList();
        // A word that is a filler on its own never matches by typo: « where » is not « there », « ok where? » is a question.
        var fillers = Phrases.Where(p => p.Intent is null).Select(p => Tokens.FoldedWords(p.Text)).Where(w => w.Count == 1).Select(w => Id(w[0])).ToHashSet();
        var typoWords = new HashSet<int>();
        foreach (var (intent, text) in Phrases)
        {
            var words = Tokens.FoldedWords(text);
            if (words.Count == 0)
            {
                throw new InvalidOperationException($"smalltalk.json: « {text} » has no word.");
            }

            var ids = words.Select(Id).ToArray();
            if (!_phrases.TryGetValue(ids[0], out var list))
            {
                _phrases[ids[0]] = list = [];
            }

            list.Add(new Phrase(ids, intent is { } known ? 1 << (int)known : 0));
            if (intent is not null)
            {
                foreach (var (word, id) in words.Zip(ids))
                {
                    if (word.Length >= TypoMinLength && !fillers.Contains(id) && typoWords.Add(id))
                    {
                        _typoCandidates.Add((Collapse(word), id));
                    }
                }
            }
        }
    }

    /// <summary>The recognizer of the embedded <c>smalltalk.json</c>.</summary>
    public static SmallTalkRecognizer Default => Loaded.Value;

    /// <summary>Every phrase of the file with its intent (null for fillers), for the resource tests.</summary>
    public IReadOnlyList<(SmallTalkIntent? Intent, string Text)> Phrases { get; }

    /// <summary>The intent of <paramref name="text"/> when the whole message is small talk, else null.</summary>
    public SmallTalkIntent? Recognize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var tokens = Tokens.FoldedWords(text);
        if (tokens.Count > MaxWords)
        {
            return null;
        }

        var said = SymbolIntents(text);
        if (tokens.Count == 0 && said == 0 && HasEmoji(text))
        {
            // Emoji alone that say no intent of their own (« 😂 », « 🔥🔥 »): a reaction, acknowledged; never a question.
            return SmallTalkIntent.Acknowledgement;
        }

        if (tokens.Count > 0)
        {
            if (Cover(tokens) is not { } covered)
            {
                return null;
            }

            said |= covered;
        }

        foreach (var intent in Priority)
        {
            if ((said & (1 << (int)intent)) != 0)
            {
                return intent;
            }
        }

        return null;
    }

    /// <summary>
    /// The intent of a short message that says small talk among words this file does not know (« stylé merci », « ahah
    /// énorme 😂 », « you're kinda useless tbh »), else null. Only for a message the answer step refused: such words
    /// may also make a question (« merci, et en France ? »), which the answer step hears first.
    /// </summary>
    /// <summary>
    /// The thanks or goodbye that opens a message asking nothing (« merci, c'était passionnant », "thanks, that's wild"):
    /// its first clause is that small talk; no question mark, no question's first word anywhere, no "and" that would
    /// go on (« merci, et en France »); else null. Its other words may name a topic (« passionnant »): it is still thanks.
    /// </summary>
    public SmallTalkIntent? ThanksAlone(string text)
    {
        var intent = Recognize(text.Split([',', '.', '!', ';', ':'], 2)[0]);
        if (text.Contains('?', StringComparison.Ordinal) || intent is not (SmallTalkIntent.Thanks or SmallTalkIntent.Goodbye))
        {
            return null;
        }

        var words = Tokens.FoldedWords(text);
        return words.Contains("et") || words.Contains("and") || Enumerable.Range(0, words.Count).Any(at => QuestionStarts.StartAt(words, at)) ? null : intent;
    }

    public SmallTalkIntent? RecognizeAmong(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var tokens = Tokens.FoldedWords(text);
        if (tokens.Count > MaxLooseWords)
        {
            return null;
        }

        var said = SymbolIntents(text);
        var candidates = tokens.Select(Candidates).ToArray();
        for (var start = 0; start < tokens.Count; start++)
        {
            foreach (var phrase in candidates[start].SelectMany(first => _phrases.GetValueOrDefault(first) ?? []))
            {
                if (phrase.Intents != 0 && Fits(phrase, candidates, start))
                {
                    said |= phrase.Intents;
                }
            }
        }

        if (said == 0 && HasEmoji(text))
        {
            return SmallTalkIntent.Acknowledgement;
        }

        return Priority.Cast<SmallTalkIntent?>().FirstOrDefault(intent => (said & (1 << (int)intent!.Value)) != 0);
    }

    /// <summary>
    /// The intents said by the readings of every word as phrases and fillers (0 for fillers only), or null when some
    /// word belongs to no phrase. The readings with the fewest phrases win: « you're useless » is « you're » and
    /// « useless », not « you », « re » (a greeting) and « useless ». Equal readings all count: « merci bien » is thanks
    /// with a filler or thanks and an acknowledgement, and the reply picks by <see cref="Priority"/>.
    /// </summary>
    private int? Cover(IReadOnlyList<string> tokens)
    {
        var n = tokens.Count;
        var candidates = new HashSet<int>[n];
        for (var i = 0; i < n; i++)
        {
            candidates[i] = Candidates(tokens[i]);
            if (candidates[i].Count == 0)
            {
                // No phrase can cover this word, so no reading covers the message. Most messages are questions whose
                // first unknown word ends it here, before the typo search of every word after it.
                return null;
            }
        }

        var edges = new List<(int From, int To, int Intents)>();
        for (var start = 0; start < n; start++)
        {
            foreach (var first in candidates[start])
            {
                if (!_phrases.TryGetValue(first, out var phrases))
                {
                    continue;
                }

                foreach (var phrase in phrases)
                {
                    if (Fits(phrase, candidates, start))
                    {
                        edges.Add((start, start + phrase.Words.Length, phrase.Intents));
                    }
                }
            }
        }

        // The edges run forwards, so one pass in start order finds the fewest phrases from the start to each word,
        // one in reverse the fewest from each word to the end.
        var fromStart = new int[n + 1];
        var toEnd = new int[n + 1];
        Array.Fill(fromStart, int.MaxValue);
        Array.Fill(toEnd, int.MaxValue);
        fromStart[0] = 0;
        toEnd[n] = 0;
        foreach (var edge in edges.OrderBy(e => e.From))
        {
            if (fromStart[edge.From] != int.MaxValue)
            {
                fromStart[edge.To] = Math.Min(fromStart[edge.To], fromStart[edge.From] + 1);
            }
        }

        if (fromStart[n] == int.MaxValue)
        {
            return null;
        }

        foreach (var edge in edges.OrderByDescending(e => e.To))
        {
            if (toEnd[edge.To] != int.MaxValue)
            {
                toEnd[edge.From] = Math.Min(toEnd[edge.From], toEnd[edge.To] + 1);
            }
        }

        return edges
            .Where(e => fromStart[e.From] != int.MaxValue && toEnd[e.To] != int.MaxValue && fromStart[e.From] + 1 + toEnd[e.To] == fromStart[n])
            .Aggregate(0, (intents, e) => intents | e.Intents);
    }

    /// <summary>Whether the phrase, whose first word fits the message's word at <paramref name="start"/>, fits the words after it.</summary>
    private static bool Fits(Phrase phrase, HashSet<int>[] candidates, int start)
    {
        if (start + phrase.Words.Length > candidates.Length)
        {
            return false;
        }

        for (var k = 1; k < phrase.Words.Length; k++)
        {
            if (!candidates[start + k].Contains(phrase.Words[k]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The vocabulary words a message word can be: as typed; stretched or with a double letter dropped; else, for the
    /// intents' longer words, with one typo. A typo is looked for only when nothing else fits (« merde » is not « merci »).
    /// </summary>
    private HashSet<int> Candidates(string token)
    {
        var found = new HashSet<int>();
        if (_words.TryGetValue(token, out var exact))
        {
            found.Add(exact);
        }

        var collapsed = Collapse(token);
        // A word typed as it is spelt is that word: « cher » is not « cheer » with a letter dropped.
        if (_collapsed.TryGetValue(collapsed, out var ids) && (collapsed.Length != token.Length || (collapsed.Length >= CollapsedMinLength && found.Count == 0)))
        {
            found.UnionWith(ids);
        }

        if (found.Count == 0)
        {
            foreach (var (word, id) in _typoCandidates)
            {
                if (EditDistance.AtMostOne(collapsed, word))
                {
                    found.Add(id);
                }
            }
        }

        return found;
    }

    /// <summary>Whether the text has an emoji (a symbol that is neither a letter nor punctuation: « 😂 », « 🔥 »).</summary>
    private static bool HasEmoji(string text) => text.EnumerateRunes().Any(r => Rune.GetUnicodeCategory(r) == System.Globalization.UnicodeCategory.OtherSymbol);

    /// <summary>The intents of the emoji that say one (👋, 🙏); other emoji and punctuation say nothing beside words.</summary>
    private int SymbolIntents(string text)
    {
        var intents = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (!Rune.IsLetterOrDigit(rune) && _symbols.TryGetValue(rune.ToString(), out var intent))
            {
                intents |= 1 << (int)intent;
            }
        }

        return intents;
    }

    private int Id(string word)
    {
        if (_words.TryGetValue(word, out var id))
        {
            return id;
        }

        id = _words.Count;
        _words[word] = id;
        var collapsed = Collapse(word);
        if (!_collapsed.TryGetValue(collapsed, out var ids))
        {
            _collapsed[collapsed] = ids = [];
        }

        ids.Add(id);
        return id;
    }

    /// <summary>The word with every run of one letter made a single letter: « merciiii » and « merci » are « merci ».</summary>
    private static string Collapse(string word)
    {
        var builder = new StringBuilder(word.Length);
        foreach (var c in word)
        {
            if (builder.Length == 0 || builder[^1] != c)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static SmallTalkRecognizer Load()
    {
        using var document = EmbeddedJson.Document("Conversation", "smalltalk.json");
        var root = document.RootElement;
        var intents = root.GetProperty("intents");
        var names = Enum.GetValues<SmallTalkIntent>().ToDictionary(i => JsonNamingPolicy.CamelCase.ConvertName(i.ToString()), i => i, StringComparer.Ordinal);
        var phrases = new List<(SmallTalkIntent? Intent, string Text)>();
        foreach (var property in intents.EnumerateObject())
        {
            // A misspelt intent would silently never be recognised: a build mistake, so it throws.
            var intent = names.TryGetValue(property.Name, out var known) ? known : throw new InvalidOperationException($"smalltalk.json: no intent named '{property.Name}'.");
            phrases.AddRange(EmbeddedJson.Strings(property.Value).Select(text => ((SmallTalkIntent?)intent, text)));
        }

        phrases.AddRange(EmbeddedJson.Strings(root.GetProperty("fillers")).Select(text => ((SmallTalkIntent?)null, text)));
        var symbols = root.GetProperty("symbols").EnumerateObject().ToDictionary(
            p => p.Name,
            p => names.TryGetValue(p.Value.GetString()!, out var intent) ? intent : throw new InvalidOperationException($"smalltalk.json: symbol {p.Name} names no intent."),
            StringComparer.Ordinal);
        return new SmallTalkRecognizer(phrases, symbols);
    }

    /// <summary>A phrase as vocabulary ids, with the bit of its intent (none for a filler).</summary>
    private readonly record struct Phrase(int[] Words, int Intents);
}
