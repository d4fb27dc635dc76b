using CareerBot.Knowledge.Facts;

namespace CareerBot.Advisor.Understanding;

/// <summary>
/// What one message says on its own: the topics its words point to (score: the words of the matched phrases), the
/// facet values it names (with the words used), and its shape (a follow-up opening, a request for the other side or
/// for every figure, a word referring back to what was said), and the records whose labels carry a proper name it names
/// (<see cref="Named"/>). <see cref="Known"/> counts its words the vocabulary knows
/// (the subject's included), <see cref="Unknown"/> the other words that carry meaning: a question with more of those is
/// about something else ("quel temps fera-t-il demain à Paris"). <see cref="Foreign"/> counts the words neither the
/// vocabulary nor the articles know at all ("météo", "boulanger"): without a word naming the articles' subject
/// (<see cref="NamesSubject"/>) and with no more known words than those, such a question is about something else
/// whatever search finds for its other words.
/// <see cref="Rest"/> are its folded words of meaning that no phrase took: what it asks beyond its topic ("Python").
/// </summary>
internal sealed record MessageReading(
    IReadOnlyDictionary<FactTopic, int> Topics,
    IReadOnlyDictionary<string, (string Value, string Words)> Facets,
    IReadOnlySet<string> Named,
    bool OpensAsFollowUp,
    bool Contrary,
    bool AllFigures,
    bool RefersBack,
    int Known,
    int Unknown,
    int Foreign,
    int NameWords,
    bool NamesSubject,
    IReadOnlyList<string> Rest)
{
    /// <summary>
    /// The topic with the highest score; a tie goes to <paramref name="current"/>, the topic the conversation is about
    /// ("what about the remote salary?" after pay), else to the topic listed first in the vocabulary.
    /// </summary>
    public FactTopic? BestTopic(IReadOnlyList<FactTopic> order, FactTopic? current = null)
    {
        FactTopic? best = null;
        var bestScore = 0;
        foreach (var topic in order)
        {
            if (Topics.TryGetValue(topic, out var score) && score > bestScore)
            {
                (best, bestScore) = (topic, score);
            }
        }

        return current is { } spoken && Topics.TryGetValue(spoken, out var currentScore) && currentScore == bestScore ? spoken : best;
    }

    /// <summary>
    /// Foreign words, no subject, no record's own words, and no more words of the vocabulary than foreign ones (a place
    /// the articles name, "Paris", does not make "météo à Paris" theirs).
    /// Known words are counted without the phrases of function words only: "c'est quoi" frames any question, and does
    /// not make "c'est quoi la capitale de l'Australie" theirs.
    /// </summary>
    public bool IsAboutSomethingElse => NamesOutside || (!SaysRecords && Foreign > 0 && !NamesSubject && KnownContent - NameWords <= Foreign);

    /// <summary>The known words that carry meaning: <see cref="Known"/> without the phrases made of function words only.</summary>
    public int KnownContent { get; init; }

    /// <summary>Whether the message says what some records say, in their own rare words ("un truc avec Batman"), or quotes one of their figures.</summary>
    public bool SaysRecords { get; init; }

    /// <summary>Whether the message has a phrase of the vocabulary's <c>outside</c> list ("salaire minimum").</summary>
    public bool NamesOutside { get; init; }

    public bool SaysAnything => Topics.Count > 0 || Facets.Count > 0 || Contrary || AllFigures;

    /// <summary>
    /// Words of meaning, all of them words the articles use, or a question made of function words only ("je mets quoi
    /// dedans ?"): a question about what was being said, however phrased.
    /// </summary>
    public bool OnlyArticleWords => (Unknown > 0 || Asks) && Foreign == 0 && !NamesOutside;

    /// <summary>Whether the message asks for more than was just said ("dis-m'en plus", "what else?").</summary>
    public bool More { get; init; }

    /// <summary>Whether the message asks for a number ("combien d'offres ?"), or for a price ("how much does it cost?").</summary>
    public NumberAsked AsksNumber { get; init; }

    /// <summary>How many of its words name the job or its field ("prompt", "engineers", "work").</summary>
    public int SubjectWords { get; init; }

    /// <summary>The detail the message asks for ("where?", « combien de temps ? »), if any.</summary>
    public DetailAsked Detail { get; init; }

    /// <summary>The topic whose word is the kind a which-question asks about (« quel concours ? »: the market), if any.</summary>
    public FactTopic? KindTopic { get; init; }

    /// <summary>Whether the message asks for a short answer (« en une phrase », "in a nutshell").</summary>
    public bool Brief { get; init; }

    /// <summary>Whether the message asks for the last answer again, in the language it names ("say that in English please").</summary>
    public bool Again { get; init; }

    /// <summary>Whether the message has a question word ("quoi", "où", "how").</summary>
    public bool Asks { get; init; }

    /// <summary>The facets it names two or more values of, set side by side ("en France ou aux US ?"), with those values.</summary>
    public IReadOnlyDictionary<string, IReadOnlySet<string>> Compared { get; init; } = new Dictionary<string, IReadOnlySet<string>>();

    /// <summary>Whether the message holds a question mark.</summary>
    public bool QuestionMark { get; init; }

    /// <summary>Whether a phrase of the vocabulary names a topic in words of meaning (not a function-word frame, not a name alone).</summary>
    public bool SaysTopic { get; init; }

    /// <summary>Whether the message quotes a figure some record states ("les 80 000").</summary>
    public bool QuotesFigure { get; init; }

    /// <summary>Whether a follow-up's opening comes second, after a reaction ("mouais, et dans 2 ans ça aura disparu").</summary>
    public bool OpensSecond { get; init; }

    /// <summary>Whether the message says who the user is ("je suis prof", "I've been a journalist").</summary>
    public bool DescribesSelf { get; init; }

    /// <summary>
    /// Whether the message has the shape of a question or a request: a question mark or word, a follow-up's opening, a
    /// topic, facet, figure or name of the vocabulary, the subject's words, who the user is, a wish for more, the other
    /// side or every figure, a word referring back. One with none of these (« dommage », « ça fait peur », « logique,
    /// merci ») reacts to what was said: it asks nothing of the articles, even when one of its words is theirs.
    /// </summary>
    public bool AsksSomething => QuestionMark || Asks || OpensAsFollowUp || OpensSecond || More || Contrary || AllFigures || RefersBack || SaysTopic
        || Facets.Count > 0 || NameWords > 0 || QuotesFigure || NamesSubject || DescribesSelf || Polar != PolarQuestion.None;

    /// <summary>Whether it asks yes or no about a need ("faut-il savoir coder ?", "peut-on le faire sans diplôme ?").</summary>
    public PolarQuestion Polar { get; init; }
}
