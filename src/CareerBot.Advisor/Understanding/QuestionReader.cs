using CareerBot.Advisor.Answers;
using CareerBot.Knowledge;
using CareerBot.Knowledge.Facts;

namespace CareerBot.Advisor.Understanding;

/// <summary>
/// Reads a question in its conversation: the topic and facets of each of the user's earlier messages, oldest first,
/// give the conversation's current frame; the question then either starts a new one (it names a topic) or continues
/// it, changing only what it names ("et aux États-Unis ?" keeps the topic and the level, changes the country;
/// "et le salaire ?" keeps the facets, changes the topic; "qui pense le contraire ?" turns the debate's side).
/// </summary>
public sealed class QuestionReader
{
    private readonly IKnowledgeSearch _knowledge;
    private VocabularyIndex? _index;

    public QuestionReader(IKnowledgeSearch knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        _knowledge = knowledge;
    }

    public QuestionFrame Read(string question, IReadOnlyList<ConversationTurn> history)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(history);
        var index = Index();
        var context = QuestionFrame.Nothing;
        QuestionFrame? asked = null;
        string? lastAnswer = null;
        foreach (var turn in history)
        {
            if (!turn.FromUser)
            {
                lastAnswer = turn.Text;
                if (asked is not null && turn.Topic is { } answered)
                {
                    // What the bot answered is what the conversation is about, even when search, not the question's
                    // words, found it ("l'IA va-t-elle les remplacer ?" answered about the job's future).
                    context = asked with { Topic = answered, FollowUp = false };
                }

                asked = null;
            }
            else
            {
                asked = Resolve(index, context, Read(index, turn.Text), null);
                if (asked.Topic is not null)
                {
                    context = asked with { FollowUp = false };
                }
            }
        }

        var reading = Read(index, question);
        if (reading.Again && context.Topic is not null)
        {
            // "Say that in English please": the last question, answered anew in the message's language.
            return context with { FollowUp = true, Reading = reading };
        }

        // The person the bot's last answer spoke of first, read only for a question that refers back ("il bossait où ?"),
        // or asks who without saying anything else ("qui a dit ça ?", "who said that?"); not when it names what it is
        // about (« le gagnant du concours du Colorado, il a utilisé quel outil ? »).
        var asksWhoAlone = reading.BestTopic(index.TopicOrder) == FactTopic.People && reading.KnownContent == 0 && reading.Rest.Count == 0;
        var lastPerson = (reading.RefersBack || asksWhoAlone) && reading.NameWords == 0 && lastAnswer is not null ? index.FirstPerson(lastAnswer) : null;
        var frame = Resolve(index, context, reading, lastPerson) with { Reading = reading, Remark = context.Topic is not null && !reading.AsksSomething };
        return reading.More && frame.FollowUp && lastAnswer is not null ? frame with { Shown = Shown(lastAnswer) } : frame;
    }

    /// <summary>
    /// What a message says, its topic taken from its question when it opens with sentences that ask nothing (« ma fille
    /// passe le bac l'an prochain et veut devenir prompt engineer. C'est sérieux comme avenir ? »): who the user is says
    /// why they ask, the question says what. The whole message still gives the facets ("je suis débutant. combien je
    /// peux gagner ?") and how much of it the articles know; a question that names no topic leaves the whole message's.
    /// </summary>
    private static MessageReading Read(VocabularyIndex index, string text)
    {
        var reading = index.Read(text);
        var trimmed = text.TrimEnd();
        if (!trimmed.EndsWith('?'))
        {
            return reading;
        }

        var opening = trimmed.LastIndexOfAny(['.', '!', '\n'], trimmed.Length - 1);
        while (opening > 0 && trimmed[opening] != '\n' && !char.IsWhiteSpace(trimmed[opening + 1]))
        {
            // "Olivier P.," or "3.5": no sentence ends there.
            opening = trimmed.LastIndexOfAny(['.', '!', '\n'], opening - 1);
        }

        if (opening <= 0 || trimmed[..opening].Contains('?', StringComparison.Ordinal))
        {
            return reading;
        }

        var asked = index.Read(trimmed[(opening + 1)..]);
        return asked.Topics.Count == 0 ? reading : reading with { Topics = asked.Topics, Rest = asked.Rest };
    }

    /// <summary>The records whose label the answer shows, in either language (a point starts with a capital).</summary>
    private HashSet<string> Shown(string answer) =>
        [.. _knowledge.Facts
            .Where(f => answer.Contains(f.Label.Fr, StringComparison.OrdinalIgnoreCase) || answer.Contains(f.Label.En, StringComparison.OrdinalIgnoreCase))
            .Select(f => f.Id)];

    /// <summary>How much of a message the vocabulary and the articles know (to tell a question of theirs from another).</summary>
    internal MessageReading ReadMessage(string text) => Index().Read(text);

    /// <summary>Whether the question says a telling word of the record's quote besides <paramref name="besides"/>.</summary>
    internal bool SharesTellingWords(string question, Fact fact, string besides) => Index().SharesTellingWords(question, fact, besides);

    /// <summary>Whether <paramref name="text"/> is one of the words the vocabulary gives <paramref name="topic"/>.</summary>
    internal bool IsTermOf(string text, FactTopic topic) => Index().IsTermOf(text, topic);

    /// <inheritdoc cref="VocabularyIndex.NamesForeignRole"/>
    internal bool NamesForeignRole(string text) => Index().NamesForeignRole(text);

    /// <inheritdoc cref="VocabularyIndex.UsedByArticles"/>
    internal bool UsedByArticles(string folded) => Index().UsedByArticles(folded);

    /// <inheritdoc cref="VocabularyIndex.FirstPerson"/>
    internal string? FirstPerson(string text) => Index().FirstPerson(text);

    /// <inheritdoc cref="VocabularyIndex.PersonWords"/>
    internal IReadOnlyList<string> PersonWords(string person) => Index().PersonWords(person);

    /// <inheritdoc cref="VocabularyIndex.MeaningWords"/>
    internal IReadOnlyList<string> MeaningWords(string text) => Index().MeaningWords(text);

    private static QuestionFrame Resolve(VocabularyIndex index, QuestionFrame context, MessageReading reading, string? lastPerson)
    {
        var facets = reading.Facets.ToDictionary(f => f.Key, f => f.Value.Value, StringComparer.Ordinal);
        var words = reading.Facets.ToDictionary(f => f.Key, f => f.Value.Words, StringComparer.Ordinal);
        // Every figure, or a pay period or basis ("et par mois ?", "is that yearly?", "brut ou net ?"), asks about pay
        // whatever else is said; a period alone ("per month?") still continues the conversation, its details kept.
        var said = reading.BestTopic(index.TopicOrder, context.Topic) ?? (AsksAboutTheJob(reading) ? FactTopic.Role : null);
        var topic = reading.AllFigures || reading.Facets.ContainsKey(FacetNames.Period) || reading.Facets.ContainsKey(FacetNames.Basis) ? FactTopic.Salary : said;
        // A message that names no topic continues the conversation's when it says anything the vocabulary knows, opens
        // as a follow-up, or is made only of the articles' words ("je mets quoi dedans ?" after a portfolio question).
        // One that asks about pay and names nothing else, or only how it is counted ("how much can I make?" after remote
        // gigs, "brut ou net ?"), keeps the details spoken of: pay depends on them.
        if (topic is { } placed && placed != FactTopic.People && !reading.AllFigures && facets.TryGetValue(FacetNames.Person, out var person)
            && !index.Carries(placed, FacetNames.Person, person))
        {
            // A person named with a topic none of whose records quote them ("Riley Goodside, il est dans quelle
            // université ?", "which university is that linguist from?"): who they are answers; the topic's records
            // would speak of others.
            topic = FactTopic.People;
        }

        var continues = context.Topic is not null
            && (reading.Contrary || reading.RefersBack || reading.More || lastPerson is not null
                || (said is null && !reading.AllFigures
                    ? reading.SaysAnything || reading.OpensAsFollowUp || reading.OnlyArticleWords
                    : reading.OpensAsFollowUp || (topic == FactTopic.Salary && reading.Facets.Keys.All(name => name is FacetNames.Period or FacetNames.Basis) && reading.Rest.Count == 0 && reading.Named.Count == 0)));
        if (!continues)
        {
            return new QuestionFrame(topic, facets, words, reading.AllFigures, reading.Contrary, FollowUp: false) { Named = reading.Named, TopicNamed = topic is not null };
        }

        var merged = new Dictionary<string, string>(context.Facets, StringComparer.Ordinal);
        foreach (var (name, value) in facets)
        {
            merged[name] = value;
        }

        var aboutLastPerson = false;
        if (!facets.ContainsKey(FacetNames.Person) && lastPerson is not null
            && (topic is null || topic == FactTopic.People || (reading.RefersBack && context.Topic == FactTopic.People)))
        {
            // "il", "lui", "he" with nothing else to name, "who said that?", or "il bosse où ?" when the conversation is
            // about someone: the person the last answer spoke of, about what the question names when the articles
            // quote them on it, else who they are.
            merged[FacetNames.Person] = lastPerson;
            topic = topic is { } asked && asked != FactTopic.People && index.Carries(asked, FacetNames.Person, lastPerson) ? asked : FactTopic.People;
            aboutLastPerson = true;
        }

        if (topic is { } named && reading.RefersBack && reading.NameWords == 0 && !facets.ContainsKey(FacetNames.Person) && context.Facet(FacetNames.Person) is { } spoken
            && !index.Carries(named, FacetNames.Person, spoken))
        {
            // "And what company is he with?" about the person the conversation is about, whom no record of that topic
            // quotes: who they are says it.
            topic = FactTopic.People;
        }

        // The side held: the one asked about last, or the one of the person spoken of ("who disagrees with him?").
        if (reading.Contrary && !facets.ContainsKey(FacetNames.Stance)
            && (context.Facet(FacetNames.Stance) ?? (context.Facet(FacetNames.Person) is { } holder ? index.SideOf(holder) : null)) is { } side
            && index.Vocabulary.Facets.TryGetValue(FacetNames.Stance, out var sides))
        {
            // The other side of a debate is the stance's other value.
            merged[FacetNames.Stance] = sides.Keys.FirstOrDefault(s => s != side) ?? side;
        }

        if (reading.Contrary && !facets.ContainsKey(FacetNames.Person))
        {
            // "Who disagrees with him?": the other side is someone else's.
            merged.Remove(FacetNames.Person);
        }

        return new QuestionFrame(
            reading.Contrary ? context.Topic : topic ?? context.Topic,
            merged,
            words,
            reading.AllFigures || (topic is null && context.AllFigures),
            reading.Contrary,
            FollowUp: true) { AboutLastPerson = aboutLastPerson, Named = reading.Named.Count == 0 && reading.RefersBack && !reading.Contrary ? context.Named : reading.Named, TopicNamed = topic is not null && !reading.Contrary && (!reading.OpensAsFollowUp || reading.Asks) };
    }

    /// <summary>
    /// Whether a message speaks of the job itself and of nothing the vocabulary places ("parle-moi du métier de prompt
    /// engineer", "explain prompt engineering to me like I'm twelve"): what the job is answers it, not whichever passage
    /// search ranks first (after saying that the articles do not cover what it asks, when it asks that: "les prompt
    /// engineers sont en CDI ?"). A detail, a name, a record's words, an opening that leans on the last answer, or more
    /// than one word the vocabulary does not know say it asks something else.
    /// </summary>
    private static bool AsksAboutTheJob(MessageReading reading) =>
        reading.NamesSubject && reading.Facets.Keys.All(name => name == FacetNames.Uncovered) && reading.NameWords == 0 && reading.Unknown <= 1
        && !reading.NamesOutside && !reading.SaysRecords && !reading.OpensAsFollowUp && !reading.RefersBack && !reading.More
        && !reading.Contrary && !reading.AllFigures && !reading.DescribesSelf;

    /// <summary>The index of the knowledge's current vocabulary, rebuilt after a reload swapped it.</summary>
    private VocabularyIndex Index()
    {
        var current = Volatile.Read(ref _index);
        if (current is not null && ReferenceEquals(current.Vocabulary, _knowledge.Vocabulary))
        {
            return current;
        }

        var fresh = new VocabularyIndex(_knowledge.Vocabulary, _knowledge.Passages, _knowledge.Facts);
        Volatile.Write(ref _index, fresh);
        return fresh;
    }
}
