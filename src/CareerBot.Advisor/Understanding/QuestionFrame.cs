using CareerBot.Knowledge.Facts;

namespace CareerBot.Advisor.Understanding;

/// <summary>
/// What a question asks, follow-ups resolved: its <see cref="Topic"/> (null when the vocabulary does not tell), the
/// <see cref="Facets"/> it narrows to (level, country, sector…), whether it wants every figure or the other side of a
/// debate, and the user's own words for each facet (to say plainly that the articles do not cover "Japon").
/// <see cref="FacetWords"/> holds the facets this message names; the others were carried over from earlier ones, and
/// only narrow what the topic has.
/// </summary>
public sealed record QuestionFrame(
    FactTopic? Topic,
    IReadOnlyDictionary<string, string> Facets,
    IReadOnlyDictionary<string, string> FacetWords,
    bool AllFigures,
    bool Contrary,
    bool FollowUp)
{
    public static QuestionFrame Nothing { get; } = new(null, new Dictionary<string, string>(), new Dictionary<string, string>(), false, false, false);

    /// <summary>The records whose labels carry a proper name the question names ("PromptBase").</summary>
    public IReadOnlySet<string> Named { get; init; } = new HashSet<string>();

    /// <summary>The records the last answer showed, when the question asks for more ("dis-m'en plus"): others come first.</summary>
    public IReadOnlySet<string> Shown { get; init; } = new HashSet<string>();

    /// <summary>Whether the question asks about the person the last answer spoke of ("il bossait où ?").</summary>
    public bool AboutLastPerson { get; init; }

    /// <summary>Whether this message named the topic itself (rather than continuing the conversation's).</summary>
    public bool TopicNamed { get; init; }

    /// <summary>
    /// Whether the message reacts to the last answer rather than asks (« dommage », « ça fait peur »): it has no
    /// question's shape (<see cref="MessageReading.AsksSomething"/>) and comes after an answer.
    /// </summary>
    public bool Remark { get; init; }

    public bool Names(string facet) => FacetWords.ContainsKey(facet);

    /// <summary>The question's own message as read (known and foreign words, the words beyond its topic).</summary>
    internal MessageReading? Reading { get; init; }

    public string? Facet(string name) => Facets.TryGetValue(name, out var value) ? value : null;
}
