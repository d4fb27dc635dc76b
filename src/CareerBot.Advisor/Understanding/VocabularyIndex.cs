using System.Collections.Concurrent;
using CareerBot.Advisor.Text;
using CareerBot.Knowledge.Chunking;
using CareerBot.Knowledge.Facts;
using CareerBot.Knowledge.Text;
using CareerBot.Knowledge.Vocabulary;

namespace CareerBot.Advisor.Understanding;

/// <summary>
/// The knowledge's vocabulary made ready to read messages with, built once per knowledge load: every phrase of
/// <c>vocabulary.json</c> as folded words, indexed by its first word; the words the vocabulary and the articles know;
/// the records' own words, weighed by how few quotes say each (a question in the words of one record asks for it);
/// a bounded memory of typos already resolved ("salair" → "salaire"), since the edit distance is the costly part; and
/// one of the messages read last, since each question re-reads its conversation's earlier ones.
/// </summary>
internal sealed class VocabularyIndex
{
    /// <summary>Words this short are never corrected: one edit turns "bac" into "bal", "code" into "mode".</summary>
    private const int MinTypoLength = 5;

    /// <summary>The letters another form of a vocabulary word must begin with, as it does ("disparu", "disparaître").</summary>
    private const int VariantStemLength = 6;

    /// <summary>The letters each form may end with beyond the beginning they share ("aître" of "disparaître").</summary>
    private const int MaxVariantEnding = 5;

    /// <summary>The topic a question word asks for comes first ("comment prouver mes compétences sans diplôme").</summary>
    private const int AskedWeight = 3;

    /// <summary>A proper name outweighs a generic phrase ("c'est quoi PromptBase ?" is about PromptBase).</summary>
    private const int NameWeight = 3;

    /// <summary>A name in more labels than this is a common word of the domain ("France", "IA"), not a pointer.</summary>
    private const int MaxRecordsPerName = 8;

    /// <summary>Smaller figures (3 years, 8 units) are in too many sentences to say which record a question quotes.</summary>
    private const decimal MinPointingFigure = 10;

    /// <summary>A word in more quotes than this says nothing about which record a question means ("entreprise").</summary>
    private const int MaxQuotesPerTellingWord = 20;

    /// <summary>Records that share the best telling words beyond this are a theme, not the record asked for.</summary>
    private const int MaxEvidenceRecords = 6;

    /// <summary>The weight, in rare words (said by three quotes), a record must share with a question to be surely what it asks for.</summary>
    private const double StrongEvidenceWords = 2;

    /// <summary>What records saying the question's own telling words weigh towards their topic, as much as a name.</summary>
    private const int EvidenceWeight = 3;

    /// <summary>The words after "je suis" taken as the user's description of themselves ("développeur Java depuis plusieurs").</summary>
    private const int SelfDescriptionWords = 4;

    /// <summary>The smallest figure read as one of the articles' quoted back ("les 700 ingénieurs", "l'offre à 335k").</summary>
    private const decimal MinQuotedFigure = 100;

    /// <summary>Typos remembered per load; beyond, they are resolved each time (a flood of junk cannot grow memory).</summary>
    private const int MaxRememberedTypos = 20_000;

    /// <summary>Messages whose reading is remembered: the recent conversations' questions, bounded whatever is sent.</summary>
    private const int MaxRememberedReadings = 1024;

    private static readonly HashSet<string> FunctionWords = WordList("FunctionWords.txt");

    /// <summary>Words of any question that say how or when, not what about: never a sign of another subject.</summary>
    private static readonly HashSet<string> EverydayWords = WordList("EverydayWords.txt");

    /// <summary>Whether a folded word carries no subject ("le", "quoi", "will"): it says nothing of which record is meant.</summary>
    public static bool IsFunctionWord(string folded) => FunctionWords.Contains(folded);

    private readonly Dictionary<string, List<Phrase>> _phrases = new(StringComparer.Ordinal);
    private readonly HashSet<string> _vocabularyWords = new(StringComparer.Ordinal);
    /// <summary>The words a question asks with: the topic phrase that follows one is what is asked for.</summary>
    private static readonly HashSet<string> Interrogatives = new(StringComparer.Ordinal)
    {
        "quel", "quelle", "quels", "quelles", "lequel", "laquelle", "lesquels", "lesquelles", "comment", "combien",
        "pourquoi", "quand", "qui", "quoi", "which", "what", "how", "where", "why", "when", "who",
    };

    /// <summary>The words after which "qui" / "who" asks: a verb of being or a preposition ("c'est qui", "pour qui").</summary>
    private static readonly HashSet<string> AskingQuiAfter = new(StringComparer.Ordinal)
    {
        "c", "est", "sont", "etait", "es", "a", "avec", "pour", "de", "par", "chez", "sur", "selon", "et",
        "is", "are", "was", "were", "to", "with", "for", "from", "by", "about", "and", "according",
    };

    /// <summary>The words that set two values side by side ("France ou US", "en France et aux US", "compared to the US").</summary>
    private static readonly HashSet<string> ComparisonWords = new(StringComparer.Ordinal)
    {
        "ou", "or", "vs", "versus", "compare", "comparer", "comparaison", "compared", "comparison", "mieux", "better",
        "difference", "differences", "ecart", "ecarts", "gap", "entre", "between", "et", "and",
    };

    /// <summary>The words that set one value aside ("en France, et pas aux États-Unis"): then the first named is asked.</summary>
    private static readonly HashSet<string> ExclusionWords = new(StringComparer.Ordinal) { "pas", "not", "sauf", "except", "hors", "excluding" };

    private readonly Dictionary<(string Facet, string Value), HashSet<FactTopic>> _facetTopics = [];
    private readonly Dictionary<string, string[]> _spellings = new(StringComparer.Ordinal);
    private readonly Dictionary<FactTopic, HashSet<string>> _titleStems = [];
    private readonly Dictionary<string, List<Fact>> _names = new(StringComparer.Ordinal);

    /// <summary>The words that name each person of the <c>person</c> facet ("andrej", "karpathy").</summary>
    private readonly Dictionary<string, string[]> _personWords = new(StringComparer.Ordinal);

    /// <summary>The side of a debate each person holds, from the records quoting them with a stance.</summary>
    private readonly Dictionary<string, string> _sides = new(StringComparer.Ordinal);

    /// <summary>The figures the quotes state ("335 000", "80" hours), each with the few records that state it.</summary>
    private readonly Dictionary<decimal, List<Fact>> _figures = [];

    /// <summary>The telling stems of the records' own words (quote and labels): the records that say each, and how rare it is.</summary>
    private readonly Dictionary<string, (List<Fact> Records, double Weight)> _recordStems = new(StringComparer.Ordinal);

    /// <summary>The weight of a word no quote says (the rarest of all), and of one three quotes say.</summary>
    private readonly double _unsaidWeight;
    private readonly double _rareWeight;
    private readonly HashSet<string> _subjectWords = new(StringComparer.Ordinal);

    /// <summary>The phrases asking whether something is needed ("faut-il"), and whether one can do without it ("sans").</summary>
    private readonly string[][] _needPhrases;
    private readonly string[][] _withoutPhrases;
    private readonly HashSet<string> _corpusWords = new(StringComparer.Ordinal);
    private readonly string[] _sortedCorpusWords;
    private readonly Dictionary<int, List<string>> _wordsByLength = [];
    /// <summary>The topics' one-word phrases ("disparaître"), and those of six letters or more by their first six.</summary>
    private readonly HashSet<string> _topicWords = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _wordsByStem = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _typos = new(StringComparer.Ordinal);
    private readonly RecentReadings _readings;

    public VocabularyIndex(KnowledgeVocabulary vocabulary, IReadOnlyList<Passage> passages, IReadOnlyList<Fact> facts)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        _readings = new RecentReadings(MaxRememberedReadings, ReadAnew);
        Vocabulary = vocabulary;
        TopicOrder = [.. vocabulary.Topics.Select(t => t.Topic)];
        foreach (var topic in vocabulary.Topics)
        {
            foreach (var term in topic.Terms)
            {
                Add(term, new Meaning(MeaningKind.Topic, topic.Topic, null, null));
            }
        }

        foreach (var (facet, values) in vocabulary.Facets)
        {
            foreach (var (value, words) in values)
            {
                if (facet == FacetNames.Person)
                {
                    _personWords[value] = [.. words.SelectMany(Tokens.FoldedWords).Where(w => w.Length >= 3 && !FunctionWords.Contains(w)).Distinct(StringComparer.Ordinal)];
                }

                foreach (var word in words)
                {
                    Add(word, new Meaning(MeaningKind.Facet, null, facet, value));
                }
            }
        }

        foreach (var opening in vocabulary.FollowUp)
        {
            Add(opening, new Meaning(MeaningKind.FollowUp, null, null, null));
        }

        foreach (var words in vocabulary.Contrary)
        {
            Add(words, new Meaning(MeaningKind.Contrary, null, null, null));
        }

        foreach (var words in vocabulary.AllFigures)
        {
            Add(words, new Meaning(MeaningKind.AllFigures, null, null, null));
        }

        foreach (var words in vocabulary.More)
        {
            Add(words, new Meaning(MeaningKind.More, null, null, null));
        }

        foreach (var words in vocabulary.Reference)
        {
            Add(words, new Meaning(MeaningKind.Reference, null, null, null));
        }

        foreach (var words in vocabulary.Outside)
        {
            Add(words, new Meaning(MeaningKind.Outside, null, null, null));
        }

        // A need's words are words the vocabulary knows ("is a degree mandatory?" is the articles' question), though
        // whether a message asks about a need is read apart from the phrases: "sans" is also part of "sans diplôme",
        // which says the degree asked about, and "faut-il" of "faut-il coder", which says the topic.
        foreach (var words in vocabulary.Need)
        {
            Add(words, new Meaning(MeaningKind.Need, null, null, null));
        }

        foreach (var words in vocabulary.Self)
        {
            Add(words, new Meaning(MeaningKind.Self, null, null, null));
        }

        _needPhrases = [.. vocabulary.Need.Select(p => Tokens.FoldedWords(p).ToArray()).Where(p => p.Length > 0)];
        _withoutPhrases = [.. vocabulary.Without.Select(p => Tokens.FoldedWords(p).ToArray()).Where(p => p.Length > 0)];

        foreach (var fact in facts)
        {
            // A pay period and basis are fields of their own on salary records, facets like the others in questions.
            var fields = new[]
            {
                fact.Period is { } p ? new KeyValuePair<string, string>(FacetNames.Period, p.ToString().ToLowerInvariant()) : (KeyValuePair<string, string>?)null,
                fact.Basis is { } b and not PayBasis.Unknown ? new KeyValuePair<string, string>(FacetNames.Basis, b.ToString().ToLowerInvariant()) : null,
            };
            foreach (var facet in fact.Facets.Concat(fields.OfType<KeyValuePair<string, string>>()))
            {
                if (!_facetTopics.TryGetValue((facet.Key, facet.Value), out var topics))
                {
                    _facetTopics[(facet.Key, facet.Value)] = topics = [];
                }

                topics.Add(fact.Topic);
            }
        }

        foreach (var fact in facts)
        {
            if (fact.Facet(FacetNames.Person) is { } person && fact.Facet(FacetNames.Stance) is { } stance)
            {
                _sides.TryAdd(person, stance);
            }
        }

        foreach (var (written, meant) in vocabulary.Spellings)
        {
            _spellings[Folding.Fold(written)] = [.. Tokens.FoldedWords(meant)];
        }

        foreach (var topic in vocabulary.Topics)
        {
            _titleStems[topic.Topic] = [.. Tokens.FoldedWords(topic.Title.Fr + " " + topic.Title.En).Select(Stem)];
        }

        // The proper names of the labels ("PromptBase", "Karpathy"): a question naming one asks about its records.
        var names = facts
            .SelectMany(f => Tokens.Of(f.Label.Fr + " " + f.Label.En).Where(t => char.IsUpper(t.Original[0]) && t.Folded.Length >= 3).Select(t => (t.Folded, f)))
            .GroupBy(n => n.Folded, StringComparer.Ordinal)
            .Where(g => g.Select(n => n.f).Distinct().Count() <= MaxRecordsPerName);
        foreach (var name in names)
        {
            _names[name.Key] = [.. name.Select(n => n.f).Distinct()];
        }

        // A figure a quote states, quoted back by a user ("the 335k offer"), points to the records that state it, as a
        // name does; one-digit figures (years of study, campuses) are in too many sentences to point anywhere, and a
        // year ("en 2025") dates a question rather than quotes a record.
        var figures = facts
            .SelectMany(f => NumberMentions.Find(f.Quote).SelectMany(m => m.Values).Where(v => v >= MinPointingFigure && !IsYear(v)).Distinct().Select(v => (Value: v, Fact: f)))
            .GroupBy(x => x.Value)
            .Where(g => g.Count() <= MaxRecordsPerName);
        foreach (var figure in figures)
        {
            _figures[figure.Key] = [.. figure.Select(x => x.Fact)];
        }

        _subjectWords.UnionWith(vocabulary.Subject.SelectMany(Tokens.FoldedWords));
        // A name that is also a facet's word ("French") narrows by that facet instead.
        foreach (var word in _subjectWords.Concat(vocabulary.Facets.Values.SelectMany(v => v.Values).SelectMany(w => w).Select(Folding.Fold)))
        {
            _names.Remove(word);
        }
        // The records' own words, for questions the vocabulary cannot place ("qui a dit que data scientist était le job
        // le plus sexy ?"): only the stems few quotes say tell which record is meant.
        var stemRecords = new Dictionary<string, HashSet<Fact>>(StringComparer.Ordinal);
        foreach (var fact in facts)
        {
            foreach (var stem in ContentStems(Tokens.FoldedWords(fact.Quote + " " + fact.Label.Fr + " " + fact.Label.En)))
            {
                if (!stemRecords.TryGetValue(stem, out var holders))
                {
                    stemRecords[stem] = holders = [];
                }

                holders.Add(fact);
            }
        }

        var quoteCount = Math.Max(1, facts.Select(f => f.Quote).Distinct(StringComparer.Ordinal).Count());
        _unsaidWeight = Math.Log(quoteCount + 1);
        _rareWeight = Math.Log((quoteCount + 1) / 3.0);
        foreach (var (stem, holders) in stemRecords)
        {
            var quotes = holders.Select(f => f.Quote).Distinct(StringComparer.Ordinal).Count();
            // A word most quotes say weighs what it tells of the question, but points to no record.
            _recordStems[stem] = (quotes <= MaxQuotesPerTellingWord ? [.. facts.Where(holders.Contains)] : [], Math.Log((quoteCount + 1) / (double)quotes));
        }

        // Typos are corrected towards the vocabulary only; the articles' own words are never "corrected".
        _corpusWords.UnionWith(passages.Select(p => p.Text).Concat(facts.Select(f => f.Label.En)).SelectMany(Tokens.FoldedWords));
        _sortedCorpusWords = [.. _corpusWords.Order(StringComparer.Ordinal)];
        foreach (var word in _vocabularyWords.Where(w => w.Length >= MinTypoLength - 1))
        {
            if (!_wordsByLength.TryGetValue(word.Length, out var list))
            {
                _wordsByLength[word.Length] = list = [];
            }

            list.Add(word);
        }

        foreach (var word in _topicWords.Where(w => w.Length >= VariantStemLength))
        {
            if (!_wordsByStem.TryGetValue(word[..VariantStemLength], out var stemmed))
            {
                _wordsByStem[word[..VariantStemLength]] = stemmed = [];
            }

            stemmed.Add(word);
        }
    }

    public KnowledgeVocabulary Vocabulary { get; }

    /// <summary>The topics in the order the vocabulary lists them (ties between topics go to the first).</summary>
    public IReadOnlyList<FactTopic> TopicOrder { get; }

    /// <summary>Whether some record of <paramref name="topic"/> carries <paramref name="facet"/> = <paramref name="value"/>.</summary>
    public bool Carries(FactTopic topic, string facet, string value) =>
        _facetTopics.TryGetValue((facet, value), out var holders) && holders.Contains(topic);

    /// <summary>The side of a debate <paramref name="person"/> holds, if the records quote them on one.</summary>
    public string? SideOf(string person) => _sides.TryGetValue(person, out var side) ? side : null;

    /// <summary>Whether <paramref name="text"/> is one of the words of <paramref name="topic"/> ("programmer" of coding).</summary>
    /// <summary>
    /// The folded words of a text that say what it is about: no function or everyday word, no word of the job itself
    /// (every passage is about prompt engineers), no number.
    /// </summary>
    public IReadOnlyList<string> MeaningWords(string text) =>
        [.. Tokens.FoldedWords(text).Where(w => w.Length >= 3 && !FunctionWords.Contains(w) && !EverydayWords.Contains(w) && !_subjectWords.Contains(w) && !w.Any(char.IsDigit))];

    /// <summary>
    /// Whether a text names, where a role goes (« pour un footballeur », « devenir pâtissier », « les compétences d'un
    /// footballeur », "for a chef", "as a plumber", "a plumber's skills"), a word neither the vocabulary nor the articles
    /// know, nor a misspelling of one of theirs (« d'un promt engineer »): a role of another domain, whatever topic the
    /// question asks about.
    /// </summary>
    public bool NamesForeignRole(string text)
    {
        var words = Tokens.FoldedWords(text);
        for (var i = 0; i + 1 < words.Count; i++)
        {
            var article = words[i] is "un" or "une" or "a" or "an";
            var slot = words[i] is "devenir" or "become" || article && i > 0 && words[i - 1] is "pour" or "for" or "as" or "d" or "de";
            if (slot && IsForeignRole(words[i + 1])
                || article && i + 2 < words.Count && words[i + 2] == "s" && IsForeignRole(words[i + 1]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The records a name at <paramref name="at"/> points to, given the capitalised word after it: a compound name is
    /// another thing ("the Washington Post" is no university of Washington), meant only by the records that write it so.
    /// </summary>
    private static List<Fact> CompoundOf(IReadOnlyList<Token> tokens, int at, List<Fact> records)
    {
        if (at + 1 >= tokens.Count || !char.IsUpper(tokens[at + 1].Original[0]))
        {
            return records;
        }

        var compound = tokens[at].Folded + " " + tokens[at + 1].Folded;
        return [.. records.Where(f => string.Join(' ', Tokens.FoldedWords(f.Quote + " " + f.Label.Fr + " " + f.Label.En)).Contains(compound, StringComparison.Ordinal))];
    }

    private bool IsForeignRole(string role) =>
        role.Length >= MinTypoLength && !role.Any(char.IsDigit) && !FunctionWords.Contains(role) && !EverydayWords.Contains(role)
        && !_vocabularyWords.Contains(role) && !_subjectWords.Contains(role) && !IsCorpusWord(role) && Canonical(role) == role;

    /// <summary>
    /// The topic whose one-word term is the kind of thing a which-question asks about (« quel concours ? », "which
    /// tools?"), or null: such a question asks about that topic, unless the conversation is already on it and it asks
    /// which one of what was just said.
    /// </summary>
    private FactTopic? KindTopic(IReadOnlyList<Token> tokens) =>
        AnswerCues.KindAsked(tokens) is { } kind && _phrases.TryGetValue(kind.Folded, out var phrases)
            && phrases.FirstOrDefault(p => p.Words.Length == 1 && p.Meaning.Kind == MeaningKind.Topic) is { } phrase
            ? phrase.Meaning.Topic
            : null;

    /// <summary>
    /// Whether the articles (or the records' labels) write a folded word as it is, or its singular: "posted" is not
    /// « poste ».
    /// </summary>
    public bool UsedByArticles(string folded) =>
        _corpusWords.Contains(folded) || (folded.Length > 4 && folded[^1] is 's' or 'x' && _corpusWords.Contains(folded[..^1]));

    public bool IsTermOf(string text, FactTopic topic)
    {
        var words = Tokens.FoldedWords(text).ToArray();
        return words.Length > 0 && _phrases.TryGetValue(words[0], out var phrases)
            && phrases.Any(p => p.Meaning.Kind == MeaningKind.Topic && p.Meaning.Topic == topic && p.Words.SequenceEqual(words));
    }

    /// <summary>What <paramref name="text"/> says on its own; the same text read again is remembered, not read anew.</summary>
    public MessageReading Read(string text) => _readings.Get(text);

    private MessageReading ReadAnew(string text)
    {
        var tokens = Tokens.Of(text);
        var words = new string[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            // A chat spelling stands for one word here ("cmb"); one standing for several keeps its first.
            words[i] = _spellings.TryGetValue(tokens[i].Folded, out var meant) && meant.Length > 0 ? meant[0] : Canonical(tokens[i].Folded);
        }

        var topics = new Dictionary<FactTopic, int>();
        var found = Found(words);
        // The first question word that asks: "what" of "what about…" opens a follow-up, and asks nothing.
        var asking = Enumerable.Range(0, words.Length)
            .FirstOrDefault(i => Interrogatives.Contains(words[i]) && !IsRelative(words, i) && !found.Any(m => m.Phrase.Meaning.Kind is MeaningKind.FollowUp or MeaningKind.More && m.Start <= i && i < m.Start + m.Phrase.Words.Length), -1);
        var asked = false;
        var saysTopic = false;
        var facets = new Dictionary<string, (string Value, string Words)>(StringComparer.Ordinal);
        bool followUp = false, opensSecond = false, contrary = false, allFigures = false, refersBack = false, outside = false, more = false;
        // The words after "je suis", "I'm a" say who the user is ("développeur Java depuis plusieurs", "an American
        // expat"), not what is asked: no sign of another subject, and a facet there only counts when the question names
        // none of its kind ("I'm an American expat… in France?" asks about France).
        // The description ends with its clause ("je suis en terminale, c quoi un prompt engineer ?").
        var described = new bool[words.Length];
        var describesSelf = false;
        bool[]? clauseStarts = null;
        foreach (var (start, phrase) in found.Where(m => m.Phrase.Meaning.Kind == MeaningKind.Self))
        {
            describesSelf = true;
            clauseStarts ??= Tokens.ClauseStarts(text);
            for (var i = start + phrase.Words.Length; i < Math.Min(words.Length, start + phrase.Words.Length + SelfDescriptionWords) && !Interrogatives.Contains(words[i]) && !clauseStarts[i]; i++)
            {
                described[i] = true;
            }
        }

        var describedFacets = new Dictionary<string, (string Value, string Words)>(StringComparer.Ordinal);
        var facetValues = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        // Facet words between a question word and the topic it asks for ("which French companies") ask nothing.
        var facetWord = new bool[words.Length];
        foreach (var (start, phrase) in found.Where(m => m.Phrase.Meaning.Kind == MeaningKind.Facet))
        {
            Array.Fill(facetWord, true, start, phrase.Words.Length);
        }

        var matched = new bool[words.Length];
        // The topics a phrase with a word of meaning names, as opposed to a frame of function words ("c'est quoi").
        var worded = new HashSet<FactTopic>();
        // The words of phrases that say something ("pas de diplôme"), function words included, unlike a phrase of
        // function words only ("c'est quoi"), which frames any question.
        var saying = new bool[words.Length];
        // A question word inside a topic's phrase ("travaille avec qui", "how much does") is that phrase's: it asks for
        // nothing after it. One that only ends a phrase of function words ("c'est quoi") asks for what follows.
        var questionTaken = asking >= 0 && found.Any(m => m.Phrase.Meaning.Kind == MeaningKind.Topic && m.Start <= asking && asking < m.Start + m.Phrase.Words.Length
            && (asking < m.Start + m.Phrase.Words.Length - 1 || m.Phrase.Words.Any(w => w.Length >= 3 && !FunctionWords.Contains(w))));
        foreach (var (start, phrase) in found)
        {
            var meaning = phrase.Meaning;
            if (meaning.Kind is not (MeaningKind.FollowUp or MeaningKind.Reference or MeaningKind.Outside))
            {
                // "et", "lui": how a message links to the last, not what it is about.
                Array.Fill(matched, true, start, phrase.Words.Length);
                if (phrase.Words.Any(w => w.Length >= 3 && !FunctionWords.Contains(w)))
                {
                    Array.Fill(saying, true, start, phrase.Words.Length);
                }
            }

            switch (meaning.Kind)
            {
                case MeaningKind.Topic:
                    var weight = Weight(phrase.Words, meaning.Topic!.Value);
                    saysTopic |= phrase.Words.Any(w => w.Length >= 3 && !FunctionWords.Contains(w) && !_names.ContainsKey(w));
                    // A phrase of function words only ("what does a") frames a question; it does not say what is asked.
                    // A proper name after the question word, with a topic said after it, is who is asked about, not what
                    // ("What does Anthropic pay?"); alone, it is what is asked ("c'est quoi PromptBase ?").
                    if (!asked && asking >= 0 && start >= asking && phrase.Words.Any(w => w.Length >= 3 && !FunctionWords.Contains(w))
                        && !(tokens.Skip(start).Take(phrase.Words.Length).All(t => char.IsUpper(t.Original[0]))
                            && found.Any(m => m.Phrase.Meaning.Kind == MeaningKind.Topic && m.Start >= start + phrase.Words.Length))
                        && (questionTaken ? start == asking : Enumerable.Range(asking + 1, start - asking - 1).All(i => FunctionWords.Contains(words[i]) || facetWord[i])))
                    {
                        // What the question word asks for: "quels secteurs recrutent", "which companies are hiring".
                        weight += AskedWeight;
                        asked = true;
                    }

                    topics[meaning.Topic.Value] = topics.GetValueOrDefault(meaning.Topic.Value) + weight;
                    // Who the user is ("je suis en terminale, c quoi un prompt engineer ?") is not what a frame asks about.
                    if (!described[start] && phrase.Words.Any(w => w.Length >= 3 && !FunctionWords.Contains(w)))
                    {
                        worded.Add(meaning.Topic.Value);
                    }

                    break;
                case MeaningKind.Facet:
                    // The first mention of a facet wins ("en France, et pas aux États-Unis"); two values of one kind with
                    // a word that compares them are read below.
                    var mention = (meaning.Value!, string.Join(' ', tokens.Skip(start).Take(phrase.Words.Length).Select(t => t.Original)));
                    if (described[start])
                    {
                        describedFacets.TryAdd(meaning.Facet!, mention);
                        break;
                    }

                    facets.TryAdd(meaning.Facet!, mention);
                    if (!facetValues.TryGetValue(meaning.Facet!, out var values))
                    {
                        facetValues[meaning.Facet!] = values = new HashSet<string>(StringComparer.Ordinal);
                    }

                    values.Add(meaning.Value!);
                    break;
                case MeaningKind.FollowUp:
                    followUp |= start == 0;
                    opensSecond |= start == 1;
                    break;
                case MeaningKind.Contrary:
                    contrary = true;
                    break;
                case MeaningKind.AllFigures:
                    allFigures = true;
                    break;
                case MeaningKind.Reference:
                    refersBack = true;
                    break;
                case MeaningKind.More:
                    more = true;
                    break;
                case MeaningKind.Outside:
                    outside = true;
                    break;

            }
        }

        if (worded.Count > 0 && !worded.Contains(FactTopic.Role))
        {
            // "C'est quoi…", "what's a…" ask what the job is only when nothing after them names what is asked: "what's a
            // persona?" asks for a definition. Other frames of function words say their topic ("il fait quoi", "ça veut
            // dire quoi").
            topics.Remove(FactTopic.Role);
        }

        foreach (var (name, mention) in describedFacets)
        {
            facets.TryAdd(name, mention);
        }

        // "Mieux payé en France ou aux US ?": two values of one kind, compared, ask for both.
        var compared = words.Any(ComparisonWords.Contains) && !words.Any(ExclusionWords.Contains)
            ? facetValues.Where(f => f.Value.Count > 1).ToDictionary(f => f.Key, f => (IReadOnlySet<string>)f.Value, StringComparer.Ordinal)
            : [];

        // A facet named is a clue to the topic: "l'offre d'Anthropic" is about pay when only pay records carry that offer.
        // A person named is first a clue to who they are ("who is the founder of PromptBase?").
        foreach (var (name, (value, _)) in facets)
        {
            if (_facetTopics.TryGetValue((name, value), out var holders))
            {
                foreach (var topic in holders.Where(topics.ContainsKey))
                {
                    topics[topic] += name == FacetNames.Person && topic == FactTopic.People ? 2 : 1;
                }
            }
        }

        if (describesSelf && !topics.ContainsKey(FactTopic.Role) && (topics.Count > 0 || words.Any(_subjectWords.Contains)))
        {
            // Who the user is, about the job, with nothing that weighs more asked ("je suis prof, je peux devenir prompt
            // engineer ?"): the backgrounds that lead to the job answer. Alone ("je suis perdu"), it asks nothing of them;
            // nor when the message asks what the job is ("je suis prof, c'est quoi un prompt engineer ?").
            topics[FactTopic.Backgrounds] = topics.GetValueOrDefault(FactTopic.Backgrounds) + 1;
        }

        // Without subject words (no vocabulary file) nothing is judged foreign: search alone decides.
        var subject = _subjectWords.Count == 0;
        var subjectWords = 0;
        // A person the articles quote makes the question theirs ("Riley Goodside il bosse où ?").
        subject |= facets.ContainsKey(FacetNames.Person);
        var named = new HashSet<string>(StringComparer.Ordinal);
        // The words no phrase took may say what one record says: those records are what is asked, and, when they are
        // about one topic and the message does not merely continue the last ("et en France seulement ?"), so is it.
        var (evidence, sure) = Evidence(words, matched, topics, facets.Count > 0);
        named.UnionWith(evidence.Select(f => f.Id));
        var evidenceTopics = evidence.Select(f => f.Topic).Distinct().ToList();
        if (evidenceTopics.Count == 1 && (sure || !followUp))
        {
            topics[evidenceTopics[0]] = topics.GetValueOrDefault(evidenceTopics[0]) + EvidenceWeight;
        }

        var nameWords = 0;
        for (var i = 0; i < words.Length; i++)
        {
            if (_names.TryGetValue(words[i], out var records) && CompoundOf(tokens, i, records) is { Count: > 0 } meant)
            {
                records = meant;
                // A name inside a phrase of the vocabulary ("founder of PromptBase") is part of what that phrase says.
                var phrased = matched[i];
                nameWords += matched[i] ? 0 : 1;
                matched[i] = true;
                named.UnionWith(records.Select(f => f.Id));
                // A name that only ever comes with one person ("Scale AI", "Tesla") speaks of that person, when nothing
                // else says what is asked ("a university degree" is about degrees, not the linguist of the University
                // of Washington).
                var person = !saysTopic && records.Select(f => f.Facet(FacetNames.Person)).Distinct().ToList() is [{ } one] ? one : null;
                if (person is not null && facets.TryAdd(FacetNames.Person, (person, tokens[i].Original)))
                {
                    subject = true;
                }

                if (!saysTopic && !phrased)
                {
                    // "c'est quoi PromptBase ?": nothing but the name says what is asked, so it gives the topic most of
                    // its records are about, or, for one person's name, who that person is. "salaire à Paris" asks
                    // about pay: the name only narrows. Its records that carry a facet the message names come first
                    // ("l'offre d'Anthropic": the offer).
                    var topic = person is not null ? FactTopic.People : Majority(records, facets);
                    topics[topic] = topics.GetValueOrDefault(topic) + NameWeight;
                }
            }
        }

        // A figure of the articles quoted back ("l'offre à 335k", "ce chiffre des 80 000, il vient d'où ?") points to the
        // records that state it, as a name does, and to their topic whatever else is said: it is what the user read.
        var quotesFigure = false;
        // Most questions hold no digit: no need to look for figures.
        foreach (var value in text.Any(char.IsAsciiDigit) ? NumberMentions.Find(text).SelectMany(m => m.Values).Distinct() : [])
        {
            // A small number is the user's own (an age, "a 9 to 5", years of study), not a figure read in the articles.
            if (value < MinQuotedFigure || !_figures.TryGetValue(value, out var records))
            {
                continue;
            }

            quotesFigure = true;
            named.UnionWith(records.Select(f => f.Id));
            var topic = Majority(records, facets);
            topics[topic] = topics.GetValueOrDefault(topic) + NameWeight;
        }

        var known = 0;
        var knownContent = 0;
        var unknown = 0;
        var foreign = 0;
        var rest = new List<string>();
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            subjectWords += _subjectWords.Contains(word) ? 1 : 0;
            subject |= _subjectWords.Contains(word);
            if (matched[i] || _subjectWords.Contains(word))
            {
                known++;
                knownContent += saying[i] || !FunctionWords.Contains(word) ? 1 : 0;
            }
            else if (!FunctionWords.Contains(word) && !EverydayWords.Contains(word) && word.Length >= 3 && !word.Any(char.IsDigit))
            {
                rest.Add(word);
                unknown += described[i] ? 0 : 1;
                foreign += described[i] || IsCorpusWord(word) ? 0 : 1;
            }
        }

        return new MessageReading(topics, facets, named, followUp, contrary, allFigures, refersBack, known, unknown, foreign, nameWords, subject, rest)
        {
            Polar = Polar(words, found),
            Compared = compared,
            NamesOutside = outside,
            SaysRecords = evidence.Count > 0 || quotesFigure,
            More = more,
            AsksNumber = AnswerCues.Asked(tokens),
            Detail = AnswerCues.Detail(tokens),
            KindTopic = KindTopic(tokens),
            SubjectWords = subjectWords,
            Brief = AnswerCues.AsksBrief(tokens),
            Again = AnswerCues.AsksAgain(tokens),
            Asks = asking >= 0,
            KnownContent = knownContent,
            QuestionMark = text.Contains('?', StringComparison.Ordinal) || text.Contains('？', StringComparison.Ordinal),
            SaysTopic = saysTopic,
            QuotesFigure = quotesFigure,
            DescribesSelf = describesSelf,
            OpensSecond = opensSecond,
        };
    }

    /// <summary>
    /// Whether the message asks yes or no about a need: a phrase of the vocabulary's <c>without</c> ("peut-on … sans
    /// diplôme ?") or <c>need</c> list ("faut-il savoir coder ?"), and no question word of its own ("quel diplôme
    /// faut-il ?" asks which). A question word inside a phrase of the vocabulary, not its first ("know how to code"), asks nothing, nor
    /// does a relative "qui" ("un débutant qui doit coder ?").
    /// </summary>
    private PolarQuestion Polar(string[] words, List<(int Start, Phrase Phrase)> found)
    {
        var asks = Enumerable.Range(0, words.Length).Any(i => Interrogatives.Contains(words[i])
            && !IsRelative(words, i)
            && !found.Any(m => m.Start < i && i < m.Start + m.Phrase.Words.Length));
        return asks ? PolarQuestion.None
            : Says(words, _withoutPhrases) ? PolarQuestion.Without
            : Says(words, _needPhrases) ? PolarQuestion.Need
            : PolarQuestion.None;
    }

    private static bool Says(string[] words, string[][] phrases) =>
        phrases.Any(phrase => Enumerable.Range(0, Math.Max(0, words.Length - phrase.Length + 1)).Any(start => words.AsSpan(start, phrase.Length).SequenceEqual(phrase)));

    /// <summary>
    /// Every phrase of the vocabulary the words say, where it starts, the longest reading first: a topic's phrase or a
    /// facet inside a longer phrase of another topic is part of what that phrase says, not a meaning of its own
    /// ("après le bac" asks about studies, not about the bac; "quel niveau pour y entrer" about admission).
    /// </summary>
    private List<(int Start, Phrase Phrase)> Found(string[] words)
    {
        var found = new List<(int Start, Phrase Phrase)>();
        for (var start = 0; start < words.Length; start++)
        {
            if (_phrases.TryGetValue(words[start], out var candidates))
            {
                found.AddRange(candidates.Where(p => Matches(words, start, p.Words)).Select(p => (start, p)));
            }
        }

        return found.Where(m => !found.Any(longer => Covers(longer, m))).ToList();
    }

    /// <summary>
    /// Whether <paramref name="longer"/> holds <paramref name="inner"/> and says what it means instead: a topic's phrase
    /// holds another topic's, or a facet none of its records carry ("combien par mois" keeps its pay period); a facet's
    /// phrase holds a topic's phrase whose records never carry that facet ("les plus expérimentés" is no "les plus").
    /// </summary>
    private bool Covers((int Start, Phrase Phrase) longer, (int Start, Phrase Phrase) inner)
    {
        // Where the phrases lie first: most pairs of a message's phrases do not nest at all.
        if (longer.Phrase.Words.Length <= inner.Phrase.Words.Length
            || longer.Start > inner.Start
            || inner.Start + inner.Phrase.Words.Length > longer.Start + longer.Phrase.Words.Length)
        {
            return false;
        }

        var (outer, held) = (longer.Phrase.Meaning, inner.Phrase.Meaning);
        return (outer.Kind, held.Kind) switch
        {
            (MeaningKind.Topic, MeaningKind.Topic) => held.Topic != outer.Topic,
            (MeaningKind.Topic, MeaningKind.Facet) => !Carries(outer.Topic!.Value, held),
            (MeaningKind.Facet, MeaningKind.Topic) => !Carries(held.Topic!.Value, outer),
            _ => false,
        };
    }

    /// <summary>Whether some record of <paramref name="topic"/> carries the facet value <paramref name="facet"/> means.</summary>
    private bool Carries(FactTopic topic, Meaning facet) => Carries(topic, facet.Facet!, facet.Value!);

    /// <summary>
    /// The records that say the most of the question's telling words, each word weighing by how few quotes say it,
    /// when that tells which records are meant: as much as two rare words, or one very rare word that is half of what
    /// the question says ("une certif officielle ?"). The words they share with it count as known.
    /// </summary>
    private (List<Fact> Records, bool Sure) Evidence(string[] words, bool[] matched, Dictionary<FactTopic, int> topicsFound, bool facetsFound)
    {
        // The stems of the words no phrase took, with where they are; a word the articles do not write, nor begin
        // ("certif" of "certifications"), points to no record through its stem ("marqueur" is not "marque").
        var content = new List<(string Stem, int At, bool Written)>();
        for (var i = 0; i < words.Length; i++)
        {
            if (!matched[i] && IsContent(words[i]))
            {
                content.Add((Stem(words[i]), i, IsWritten(words[i])));
            }
        }

        if (content.Count == 0)
        {
            return ([], false);
        }

        Dictionary<Fact, double>? scores = null;
        var said = 0.0;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (stem, _, written) in content)
        {
            if (!seen.Add(stem))
            {
                continue;
            }

            if (!written || !_recordStems.TryGetValue(stem, out var entry))
            {
                said += _unsaidWeight;
                continue;
            }

            said += entry.Weight;
            foreach (var record in entry.Records)
            {
                scores ??= [];
                scores[record] = scores.GetValueOrDefault(record) + entry.Weight;
            }
        }

        if (scores is null)
        {
            return ([], false);
        }

        var best = scores.Values.Max();
        // One very rare word that is half of what the message says tells which record ("une certif officielle ?"); beside
        // a topic's words it only chooses among that topic's records, and beside a facet ("bon sérieusement, combien pour
        // un junior ?") nothing: it is as often a word of the sentence as of one record ("est-ce facile de recruter").
        var sure = best >= StrongEvidenceWords * _rareWeight;
        var strong = sure || (!facetsFound && best >= _unsaidWeight - 0.01 && best * 2 >= said);
        var evidence = strong ? scores.Where(c => c.Value >= best - 0.01).Select(c => c.Key).ToList() : [];
        if (!sure && topicsFound.Count > 0)
        {
            evidence.RemoveAll(f => !topicsFound.ContainsKey(f.Topic));
        }

        if (evidence.Count is 0 or > MaxEvidenceRecords)
        {
            return ([], false);
        }

        foreach (var (stem, at, written) in content)
        {
            if (written && _recordStems.TryGetValue(stem, out var entry) && entry.Records.Any(evidence.Contains))
            {
                matched[at] = true;
            }
        }

        return (evidence, sure);
    }

    /// <summary>The folded words that name a person of the <c>person</c> facet ("andrej", "karpathy"), or none.</summary>
    public IReadOnlyList<string> PersonWords(string person) => _personWords.TryGetValue(person, out var words) ? words : [];

    /// <summary>
    /// The first person <paramref name="text"/> names (a value of the <c>person</c> facet), read without the rest of a
    /// message's reading: the bot's own answers are long, and only who they spoke of matters.
    /// </summary>
    public string? FirstPerson(string text)
    {
        var words = Tokens.FoldedWords(text).ToArray();
        for (var start = 0; start < words.Length; start++)
        {
            if (_phrases.TryGetValue(words[start], out var candidates)
                && candidates.FirstOrDefault(p => p.Meaning.Kind == MeaningKind.Facet && p.Meaning.Facet == FacetNames.Person && Matches(words, start, p.Words)) is { } phrase)
            {
                return phrase.Meaning.Value;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether <paramref name="question"/> shares a telling word with <paramref name="fact"/>'s quote besides
    /// <paramref name="besides"/> (a job's title the quote happens to say).
    /// </summary>
    public bool SharesTellingWords(string question, Fact fact, string besides)
    {
        var quote = ContentStems(Tokens.FoldedWords(fact.Quote)).ToHashSet(StringComparer.Ordinal);
        quote.ExceptWith(ContentStems(Tokens.FoldedWords(besides)));
        return ContentStems(Tokens.FoldedWords(question)).Any(quote.Contains);
    }

    /// <summary>The stems of the words that carry meaning beyond the articles' subject ("prompt", "métier").</summary>
    private IEnumerable<string> ContentStems(IEnumerable<string> words) =>
        words.Where(IsContent).Select(Stem).Distinct(StringComparer.Ordinal);

    /// <summary>Whether the articles (or the records' labels) write <paramref name="word"/>, or a word it begins.</summary>
    private bool IsWritten(string word)
    {
        if (_corpusWords.Contains(word))
        {
            return true;
        }

        var at = Array.BinarySearch(_sortedCorpusWords, word, StringComparer.Ordinal);
        var next = at >= 0 ? at : ~at;
        return next < _sortedCorpusWords.Length && _sortedCorpusWords[next].StartsWith(word, StringComparison.Ordinal);
    }

    private bool IsContent(string word) =>
        word.Length >= 4 && !FunctionWords.Contains(word) && !_subjectWords.Contains(word) && !word.All(char.IsDigit);

    /// <summary>
    /// What a matched phrase tells of its topic: one per word that carries meaning (not "t" and "on" of
    /// "recrute-t-on"), one more when it names the topic's own title ("secteurs" for the sectors).
    /// </summary>
    private int Weight(string[] phrase, FactTopic topic)
    {
        var weight = Math.Max(1, phrase.Count(w => w.Length >= 3 && !FunctionWords.Contains(w)));
        return _titleStems.TryGetValue(topic, out var title) && phrase.Any(w => title.Contains(Stem(w))) ? weight + 1 : weight;
    }

    /// <summary>
    /// A word this long is another form of one the articles write when the two share their first <see cref="FormPrefix"/>
    /// letters (its length less one, when shorter): « étudie » of « étudiants », « apprenne » of « apprendre »,
    /// "specialist" of « spécialiste ». A shorter one is compared whole: « mort » is not « mortel ».
    /// </summary>
    private const int MinFormLength = 6;

    private const int FormPrefix = 6;

    /// <summary>Whether the articles use the word, or its singular ("utilisateurs" when they say "utilisateur").</summary>
    private bool IsCorpusWord(string word) =>
        UsedByArticles(word)
        || (word.Length >= MinFormLength && IsWritten(word[..Math.Min(FormPrefix, word.Length - 1)]));

    /// <summary>Whether a figure reads as a year of the articles' era.</summary>
    private static bool IsYear(decimal value) => value is >= 1900 and <= 2100 && decimal.Truncate(value) == value;

    /// <summary>The topic most of <paramref name="records"/> are about, those carrying a facet the message names first.</summary>
    private static FactTopic Majority(List<Fact> records, Dictionary<string, (string Value, string Words)> facets)
    {
        var voters = records.Where(f => facets.Any(n => f.Facet(n.Key) == n.Value.Value)).ToList() is { Count: > 0 } fitting ? fitting : records;
        return voters.GroupBy(f => f.Topic).MaxBy(g => g.Count())!.Key;
    }

    /// <summary>
    /// Whether "qui" / "who" at <paramref name="at"/> joins a clause to the word before ("un type qui a gagné", "someone
    /// who works"), rather than asks: it asks first in the message, or after a verb or a preposition ("c'est qui",
    /// "avec qui", "to who").
    /// </summary>
    private static bool IsRelative(string[] words, int at) =>
        words[at] is "qui" or "who" && at > 0 && !AskingQuiAfter.Contains(words[at - 1]);

    private static HashSet<string> WordList(string resource) => EmbeddedText.Lines(resource)
        .SelectMany(line => line.Split(','))
        .Select(word => Folding.Fold(word.Trim()))
        .Where(word => word.Length > 0)
        .ToHashSet(StringComparer.Ordinal);

    private static string Stem(string word) => word.Length > 5 ? word[..5] : word;

    private static bool Matches(string[] words, int start, string[] phrase)
    {
        if (start + phrase.Length > words.Length)
        {
            return false;
        }

        for (var i = 1; i < phrase.Length; i++)
        {
            if (!string.Equals(words[start + i], phrase[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The vocabulary word a folded word stands for: itself, or the one word one edit away ("salair").</summary>
    private string Canonical(string word)
    {
        if (word.Length < MinTypoLength || _vocabularyWords.Contains(word) || _subjectWords.Contains(word) || _corpusWords.Contains(word) || FunctionWords.Contains(word))
        {
            return word;
        }

        if (_typos.TryGetValue(word, out var known))
        {
            return known;
        }

        var corrected = word;
        for (var length = word.Length - 1; length <= word.Length + 1 && ReferenceEquals(corrected, word); length++)
        {
            if (_wordsByLength.TryGetValue(length, out var candidates))
            {
                corrected = candidates.FirstOrDefault(c => EditDistance.AtMostOne(word, c)) ?? word;
            }
        }

        if (ReferenceEquals(corrected, word))
        {
            corrected = Variant(word) ?? word;
        }

        if (_typos.Count < MaxRememberedTypos)
        {
            _typos.TryAdd(word, corrected);
        }

        return corrected;
    }

    /// <summary>
    /// The topic's word <paramref name="word"/> is another form of ("disparu" of "disparaître", "stressé" of
    /// "stressant"): the first sharing the longest beginning with it, of at least <see cref="VariantStemLength"/> letters,
    /// both ending in at most <see cref="MaxVariantEnding"/> other letters, as inflections do ("personnalités" is no
    /// "persona"). Only for words neither the vocabulary nor the articles write, whose other
    /// forms the vocabulary lists.
    /// </summary>
    private string? Variant(string word)
    {
        if (word.Length <= VariantStemLength || !_wordsByStem.TryGetValue(word[..VariantStemLength], out var candidates))
        {
            return null;
        }

        string? best = null;
        var bestShared = 0;
        foreach (var candidate in candidates)
        {
            var shared = VariantStemLength;
            while (shared < word.Length && shared < candidate.Length && word[shared] == candidate[shared])
            {
                shared++;
            }

            if (shared > bestShared)
            {
                (best, bestShared) = (candidate, shared);
            }
        }

        return best is not null && word.Length - bestShared <= MaxVariantEnding && best.Length - bestShared <= MaxVariantEnding ? best : null;
    }

    private void Add(string text, Meaning meaning)
    {
        var words = Tokens.FoldedWords(text).ToArray();
        if (words.Length == 0)
        {
            return;
        }

        _vocabularyWords.UnionWith(words);
        if (words.Length == 1 && meaning.Kind == MeaningKind.Topic)
        {
            _topicWords.Add(words[0]);
        }

        if (!_phrases.TryGetValue(words[0], out var list))
        {
            _phrases[words[0]] = list = [];
        }

        if (!list.Any(p => p.Meaning == meaning && p.Words.SequenceEqual(words)))
        {
            list.Add(new Phrase(words, meaning));
        }
    }

    private enum MeaningKind
    {
        Topic,
        Facet,
        FollowUp,
        Contrary,
        AllFigures,
        More,
        Need,
        Self,
        Reference,
        Outside,
    }

    private sealed record Meaning(MeaningKind Kind, FactTopic? Topic, string? Facet, string? Value);

    private sealed record Phrase(string[] Words, Meaning Meaning);
}
