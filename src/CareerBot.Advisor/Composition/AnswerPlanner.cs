using System.Text;
using CareerBot.Advisor.Answers;
using CareerBot.Advisor.Language;
using CareerBot.Advisor.Understanding;
using CareerBot.Knowledge;
using CareerBot.Knowledge.Chunking;
using CareerBot.Knowledge.Facts;
using CareerBot.Knowledge.Search;
using CareerBot.Knowledge.Text;

namespace CareerBot.Advisor.Composition;

/// <summary>
/// Decides what answers a question. A question whose frame has a topic, that asks about no other job and whose words
/// the vocabulary and the articles know (more known than unknown), is answered from the topic's records, before any
/// search. Otherwise search decides: nothing found, or a question with words foreign to the articles and no word of
/// their subject ("météo à Paris demain": Paris has a campus in them), is out of scope; passages found lead to the records they hold (and
/// so to a topic), or, when they hold none, to the best passage itself.
/// </summary>
internal sealed class AnswerPlanner
{
    /// <summary>An opening clause of at most this many words that names a job introduces the user ("Infirmière depuis 10 ans, …").</summary>
    private const int MaxIntroductionWords = 5;

    /// <summary>A topic scored this much by a message's phrases is what it asks, whatever few words besides.</summary>
    private const int StrongTopicScore = 3;

    /// <summary>This many words of the job's own ("prompt engineers") name it: a question that does asks anew.</summary>
    private const int NamesTheJob = 2;

    /// <summary>A line of a table or a list ("Campus Lyon et Paris") has at most this many words.</summary>
    private const int MaxDetailLineWords = 8;

    /// <summary>Records a language model gets at most: enough to answer around the question, few enough to read.</summary>
    private const int MaxModelRecords = 10;

    private readonly IKnowledgeSearch _knowledge;
    private readonly QuestionReader _reader;
    private FactPassages? _passages;
    private QuestionSynonyms? _synonyms;

    public AnswerPlanner(IKnowledgeSearch knowledge, QuestionReader reader)
    {
        _knowledge = knowledge;
        _reader = reader;
    }

    public QuestionFrame Read(AnswerRequest request) => _reader.Read(request.Question, request.History);

    /// <summary>
    /// The plans of a message that asks about two topics or more (« combien on gagne, et est-ce qu'on peut bosser de
    /// chez soi ? »), each part read in the conversation after the one before, in the order asked; null when it asks
    /// one thing, or when a part repeats a topic, asks nothing, or has no plan from its frame: the whole is then
    /// answered as one question.
    /// </summary>
    public IReadOnlyList<AnswerPlan>? FromParts(AnswerRequest request)
    {
        var parts = QuestionParts.Of(request.Question);
        if (parts.Count < 2)
        {
            return null;
        }

        var plans = new List<AnswerPlan>();
        var topics = new HashSet<FactTopic>();
        var history = request.History.ToList();
        foreach (var part in parts)
        {
            var asked = request with { Question = part, History = [.. history] };
            var frame = Read(asked);
            if (frame.Remark || frame.Topic is not { } topic || !topics.Add(topic) || Weak(frame) || FromFrame(asked, frame) is not { } plan)
            {
                return null;
            }

            plans.Add(plan);
            history.Add(new ConversationTurn(FromUser: true, part));
            history.Add(new ConversationTurn(FromUser: false, string.Empty) { Topic = plan.Selection?.Topic ?? topic, Passages = [.. plan.Context.Passages.Select(p => p.Passage.Id)] });
        }

        return plans;
    }

    /// <summary>
    /// Whether a part of a message says too little to be a question of its own: one word of a topic, no word of the
    /// job, no follow-up's opening ("tu peux m'aider pour mon DM de maths ?" is no question about the bac).
    /// </summary>
    private static bool Weak(QuestionFrame frame) =>
        frame.Reading is { } reading && !reading.NamesSubject && !reading.OpensAsFollowUp && (reading.Topics.Count == 0 || reading.Topics.Values.Max() < 2);

    /// <summary>
    /// The plan of a short question about a detail of the last answer (« et c'est où ? », « qui en porte la
    /// responsabilité ? »): the sentence of its passages that gives it, quoted, the conversation staying on its topic.
    /// Such a question does not name the job in two words or more ("where do prompt engineers work?" asks anew, "where
    /// does he work?" about the man just spoken of), names no facet, asks no price (the records say when the articles
    /// give none), asks for no more, no other side, no yes or no. Read before anything else, it must name no topic
    /// besides the last answer's (« combien ça paie ? » after a school asks about pay);
    /// <paramref name="asFallback"/>, after the question was found out of scope, only a word referring back to what was
    /// said (« it », « ça ») makes it the conversation's ("how many users does it have?").
    /// </summary>
    public AnswerPlan? FromDetail(AnswerRequest request, QuestionFrame frame, bool asFallback)
    {
        var reading = frame.Reading ?? _reader.ReadMessage(request.Question);
        var last = request.History.LastOrDefault(t => !t.FromUser);
        // Which one of a kind that is a topic's word asks about that topic ("which tools?"), unless the last answer was
        // on it: « c'était quel concours ? » after the contest asks its name.
        if (reading.Detail == DetailAsked.None || last is not { Passages.Count: > 0 }
            || (reading.Detail == DetailAsked.Name && reading.KindTopic is { } kindTopic && kindTopic != last.Topic)
            || Tokens.FoldedWords(request.Question).Count > FollowUpRetriever.ShortQuestionWords
            || reading.SubjectWords >= NamesTheJob || reading.Facets.Count > 0 || reading.AsksNumber == NumberAsked.Price
            || reading.More || reading.AllFigures || reading.Contrary || reading.Again || reading.Polar != PolarQuestion.None)
        {
            return null;
        }

        // The words that ask for the detail (« combien de temps », « durée ») say what kind of detail, not which topic
        // (« il a mis combien de temps ? » after an art contest is not about hours of training); a sentence need not
        // say them either.
        var tokens = Tokens.Of(request.Question);
        var withoutCues = string.Join(' ', AnswerCues.WithoutDetailWords(tokens).Select(t => t.Original));
        if (asFallback && !AnswerCues.RefersBack(tokens))
        {
            return null;
        }

        // "where did he work?": he is the person the last answer spoke of first, whose name says which sentence is meant.
        var person = frame.AboutLastPerson ? frame.Facet(FacetNames.Person) : null;
        var otherTopic = !asFallback && _reader.ReadMessage(withoutCues).Topics.Keys.Any(t => t != last.Topic);
        if (otherTopic)
        {
            // A word of another topic said of someone just spoken of (« il est prof où ? ») says what they are: the
            // question asks where, when or which about them, in a sentence that names them.
            person = reading.RefersBack && reading.Detail is DetailAsked.Place or DetailAsked.Time or DetailAsked.Name ? _reader.FirstPerson(last.Text) : null;
            if (person is null)
            {
                return null;
            }
        }

        var passages = Passages();
        var cited = last.Passages.Select(passages.Find).OfType<Passage>().ToList();
        var personWords = person is null ? [] : _reader.PersonWords(person);
        IReadOnlyList<string> question = [.. _reader.MeaningWords(request.Question), .. personWords];
        // The articles are French: an English word they do not write cannot be required of their sentences ("which
        // newspaper interviewed him?"). Nor can the kind of thing whose name is asked (« dans quel journal ? »), nor what
        // the person is said to be.
        var kind = AnswerCues.KindAsked(tokens)?.Folded;
        List<string> required = otherTopic ? [] : [.. _reader.MeaningWords(withoutCues)
            .Where(w => w != kind && (request.Language != LanguageDetector.English || _reader.UsedByArticles(w)))];
        var asked = request.History.Where(t => t.FromUser).TakeLast(2).SelectMany(t => _reader.MeaningWords(t.Text)).Except(question).ToHashSet(StringComparer.Ordinal);
        var said = _reader.MeaningWords(last.Text).Except(question).Except(asked).ToHashSet(StringComparer.Ordinal);
        // Read first, the sentence must say every word of meaning the question has: it takes the place of an answer from
        // the records. As a last resort, the words of an English question rarely appear in the French articles.
        var found = DetailFinder.Find(reading.Detail, question, asked, said, cited, _reader.MeaningWords, asFallback ? [] : required, passages)
            // The rest of the sections the answer cited says more of the same subject (« elle est où ? » after a school:
            // its campuses are in the table below it): their short lines, a detail each, when one is near the
            // conversation's words. Their prose is about other things.
            ?? DetailFinder.Find(reading.Detail, question, asked, said, Around(cited, passages.Passages), _reader.MeaningWords, asFallback ? [] : required, passages, minScore: 1, maxWords: MaxDetailLineWords);
        if (found is not { } detail || (otherTopic && !Tokens.FoldedWords(detail.Sentence).Any(personWords.Contains)))
        {
            return null;
        }

        return new AnswerPlan(null, CitedRecords.Context([detail.Passage]), CitedRecords.Context(cited), $"detail:{detail.Passage.Id}:{detail.Index}")
        {
            Excerpt = detail.Sentence,
            Topic = last.Topic,
        };
    }

    /// <summary>The article passages of the sections <paramref name="cited"/> are in, besides those.</summary>
    private static List<Passage> Around(IReadOnlyList<Passage> cited, IReadOnlyList<Passage> all)
    {
        var sections = cited.Where(p => p.Kind == PassageKind.Article).Select(p => (p.SourceId, p.Section)).ToHashSet();
        return [.. all.Where(p => p.Kind == PassageKind.Article && sections.Contains((p.SourceId, p.Section)) && !cited.Contains(p))];
    }

    /// <summary>The plan from the frame alone, or null when search must decide.</summary>
    public AnswerPlan? FromFrame(AnswerRequest request, QuestionFrame frame)
    {
        if (frame.Topic is not { } topic)
        {
            return null;
        }

        var reading = frame.Reading ?? _reader.ReadMessage(request.Question);
        // A follow-up leans on the conversation: words the articles use, or as many unknown words as known ones, still
        // read as its continuation.
        // One that says what some records say, names a person they quote, or asks about the person just spoken of, is
        // about them, whatever else it says; so is one asking for the last answer again ("tu peux le redire en français ?").
        var aboutRecords = reading.SaysRecords || frame.AboutLastPerson || reading.Facets.ContainsKey(FacetNames.Person) || reading.Again;
        // As many unknown words as known ones is too many when some are foreign to the articles, or when the known
        // ones are only a place they name ("demain à Paris"); "what are the main skills?" is theirs. A follow-up has
        // too many only when its foreign words outnumber its own words of meaning as well. Once the bot has answered about
        // the job, a topic said in words of meaning, with one foreign word at most, is what is asked (« quelles qualités
        // perso on attend ? »), and one unknown word is not too many ("what's the argument that it could vanish?"): the
        // conversation says what domain it is about. A first message has no such context (« quelles compétences pour un
        // footballeur ? »).
        var known = reading.Known - reading.NameWords;
        var inConversation = request.History.Any(t => !t.FromUser && t.Topic is not null);
        var topicInContext = inConversation && reading.SaysTopic && reading.Foreign <= 1;
        var strongTopic = topicInContext && reading.Topics.Values.DefaultIfEmpty().Max() >= StrongTopicScore;
        var tooManyUnknown = !aboutRecords && !strongTopic && !(topicInContext && reading.Unknown == 1)
            && (frame.FollowUp
                ? !reading.OnlyArticleWords && reading.Unknown > reading.Known && reading.Foreign >= reading.KnownContent
                : reading.Unknown > 0 && (reading.Unknown > known || reading.Unknown == known && reading.Foreign > 0));
        // A phrase of another domain ("météo", "recette") says what is asked, whatever place or word of the articles
        // comes with it ("the weather in Paris").
        if (reading.NamesOutside || (reading.IsAboutSomethingElse && !aboutRecords && !topicInContext) || tooManyUnknown || NamesAnotherJob(request.Question, topic, frame.Named))
        {
            return null;
        }

        return Plan(frame, request.Question, preferred: null);
    }

    /// <summary>
    /// The plan from the frame when search found nothing to answer a question the vocabulary placed, all of whose other
    /// words the articles use, fewer than its own words of meaning ("y a moyen de le faire en alternance ?"): refusing
    /// it would refuse a question they answer. A place the articles name is not one of its words ("quel temps fera-t-il
    /// demain à Paris ?").
    /// </summary>
    public AnswerPlan? FromFrameAlone(AnswerRequest request, QuestionFrame frame)
    {
        var reading = frame.Reading ?? _reader.ReadMessage(request.Question);
        return frame.Topic is { } topic && reading.Foreign == 0 && reading.Unknown < reading.KnownContent - reading.NameWords
            && !reading.IsAboutSomethingElse && !NamesAnotherJob(request.Question, topic, frame.Named)
            ? Plan(frame, request.Question, preferred: null)
            : null;
    }

    /// <summary>
    /// Whether the question names another job, word for word (search compares analysed terms, by which "langages de
    /// programmation" would read as the job of "programmeur"), and not as a word of the question's topic ("savoir
    /// programmer" is about coding), nor as what a record the question points to says ("le data scientist, métier le plus
    /// sexy" is a quote of the articles).
    /// </summary>
    private bool NamesAnotherJob(string question, FactTopic topic, IReadOnlySet<string> named)
    {
        // A question about the backgrounds that lead to the job names the user's own ("infirmière depuis 10 ans, je
        // peux me reconvertir ?"): that job is where they come from, not what they ask about.
        if (topic == FactTopic.Backgrounds)
        {
            return false;
        }

        if (_knowledge.AnotherJobIn(question) is not { } title || _reader.IsTermOf(title, topic))
        {
            // A role the occupation list lacks still says another job when neither the vocabulary nor the articles know it.
            return _reader.NamesForeignRole(question);
        }

        // A job that opens the message on its own, before what is asked ("Comptable, 45 ans, je voudrais savoir…",
        // "Ancienne pharmacienne : …"), is how the user introduces themselves.
        var opening = question.IndexOfAny([',', ':', ';', '.', '!', '?']);
        if (opening > 0 && opening < question.Length - 1 && Tokens.FoldedWords(question[..opening]) is { Count: <= MaxIntroductionWords } introduction
            && SaysTitle(introduction, title))
        {
            return false;
        }

        var flatTitle = " " + Tokens.Flat(title) + " ";
        if (_knowledge.Facts.Any(f => named.Contains(f.Id) && (" " + Tokens.Flat(f.Quote) + " ").Contains(flatTitle, StringComparison.Ordinal) && _reader.SharesTellingWords(question, f, title)))
        {
            return false;
        }

        return SaysTitle(Tokens.FoldedWords(question), title);
    }

    /// <summary>Whether <paramref name="words"/> say a job title word for word, plurals and feminines included ("des comptables", "infirmière").</summary>
    private static bool SaysTitle(IReadOnlyList<string> words, string title) =>
        Tokens.FoldedWords(title).All(t => words.Any(w => w == t || w == t + "s" || w == t + "e" || w == t + "x" || w == t + "es"));

    /// <summary>The plan from what search found, or null (out of scope) when it found nothing usable.</summary>
    public AnswerPlan? FromSearch(AnswerRequest request, QuestionFrame frame, IReadOnlyList<SearchHit> hits)
    {
        var reading = frame.Reading ?? _reader.ReadMessage(request.Question);
        if (hits.Count == 0 || reading.IsAboutSomethingElse || reading.Known == 0 && _knowledge.Vocabulary.Subject.Count > 0)
        {
            // Found, but by words the vocabulary does not know at all ("et après ?" alone): not the articles' question.
            return null;
        }

        var facts = Passages();
        var found = hits.Select(h => h.Passage.Id).ToHashSet(StringComparer.Ordinal);
        var held = facts.Facts.Where(f => facts.Of(f) is { } p && found.Contains(p.Id)).ToList();
        if (held.Count > 0)
        {
            // The best-ranked passage that holds records gives the topic; its records come first.
            var best = hits.Select(h => held.Where(f => facts.Of(f)!.Id == h.Passage.Id).ToList()).First(list => list.Count > 0);
            var topic = frame.Topic is { } asked && held.Any(f => f.Topic == asked) ? asked : best[0].Topic;
            if (NamesAnotherJob(request.Question, topic, frame.Named))
            {
                // Search found the articles' figures for the words of another job ("how much does a software engineer
                // earn?"): they are not that job's.
                return null;
            }

            return Plan(frame with { Topic = topic }, request.Question, held.Select(f => f.Id).ToHashSet(StringComparer.Ordinal));
        }

        // A passage that reads as instructions to an AI was planted to be quoted: it never is. The offline answer quotes
        // the first of the others; a language model gets them all.
        var passages = hits.Select(h => h.Passage).Where(p => !InjectionDetector.LooksLikeInstructions(Excerpt(p.Text))).ToList();
        if (passages.Count == 0)
        {
            return null;
        }

        var context = CitedRecords.Context(passages);
        return new AnswerPlan(null, context, context, "passage:" + passages[0].Id);
    }

    /// <summary>The excerpt of a passage an answer quotes: its first sentences, up to about forty words, verbatim.</summary>
    public static string Excerpt(string text)
    {
        const int MaxWords = 40;
        var words = 0;
        var end = text.Length;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]) && i > 0 && !char.IsWhiteSpace(text[i - 1]))
            {
                words++;
                if (words >= 12 && ".!?…:".Contains(text[i - 1], StringComparison.Ordinal))
                {
                    end = i;
                    break;
                }

                if (words >= MaxWords)
                {
                    return text[..i].TrimEnd() + " …";
                }
            }
        }

        return text[..end].TrimEnd();
    }

    private AnswerPlan? Plan(QuestionFrame frame, string question, IReadOnlySet<string>? preferred)
    {
        var passages = Passages();
        // The words beyond the topic's own decide between its records ("Python"); the topic's words would favour any
        // record that happens to repeat them.
        var reading = frame.Reading ?? _reader.ReadMessage(question);
        var selection = RecordSelector.Select(frame, passages.Facts, Tokens.FoldedWords(question), reading.Rest.ToHashSet(StringComparer.Ordinal), (Synonyms(), question), preferred);
        if (selection is null)
        {
            return null;
        }

        var context = CitedRecords.Context(selection.All, passages);
        // Everything the offline answer shows, then the other records that fit, up to the cap.
        var shown = selection.All.ToList();
        var model = CitedRecords.Context(shown.Concat(selection.Matching.Except(shown).Take(Math.Max(0, MaxModelRecords - shown.Count))), passages);
        return context.Facts.Count == 0 ? null : new AnswerPlan(selection, context, model, Key(selection));
    }

    private static string Key(RecordSelection selection)
    {
        var key = new StringBuilder("records:").Append(selection.Topic).Append(':').Append(selection.Polar).Append(':').Append(selection.NoFigure ? "nofigure:" : string.Empty);
        foreach (var fact in selection.Lead)
        {
            key.Append(fact.Id).Append(',');
        }

        key.Append('|');
        foreach (var fact in selection.Points)
        {
            key.Append(fact.Id).Append(',');
        }

        return key.Append('|').AppendJoin('\u001F', selection.Uncovered).ToString();
    }

    /// <summary>The synonyms of the knowledge's current load, made ready again after a reload.</summary>
    private QuestionSynonyms Synonyms()
    {
        var current = Volatile.Read(ref _synonyms);
        if (current is not null && ReferenceEquals(current.Groups, _knowledge.Synonyms))
        {
            return current;
        }

        var fresh = new QuestionSynonyms(_knowledge.Synonyms);
        Volatile.Write(ref _synonyms, fresh);
        return fresh;
    }

    /// <summary>The passages of the records of the knowledge's current load, found again after a reload.</summary>
    private FactPassages Passages()
    {
        var current = Volatile.Read(ref _passages);
        if (current is not null && ReferenceEquals(current.Facts, _knowledge.Facts) && ReferenceEquals(current.Passages, _knowledge.Passages))
        {
            return current;
        }

        var fresh = new FactPassages(_knowledge.Facts, _knowledge.Passages);
        Volatile.Write(ref _passages, fresh);
        return fresh;
    }
}
