using System.Runtime.CompilerServices;
using CareerBot.Advisor.Understanding;
using CareerBot.Knowledge.Facts;
using CareerBot.Knowledge.Text;

namespace CareerBot.Advisor.Composition;

/// <summary>
/// Chooses the records that answer a question frame. The topic's records are narrowed by each facet the question
/// names: a salary's country and level exclude the others (a French beginner reads the French and unspecified-country
/// beginner figures, not the American ones), any other facet keeps the records that carry it. A facet no record of the
/// topic has is looked for in the other topics ("et le master ?"), else reported as uncovered. Records marked with a
/// <c>context</c> (a remote-job range, one employer's job offer) are shown only when asked for, or with every figure.
/// Within what is left, the records sharing words with the question come first, then the fact sheet's own order.
/// </summary>
internal static class RecordSelector
{
    /// <summary>Labels in the first sentence: enough to answer, few enough to read at a glance.</summary>
    private const int LeadCount = 3;

    /// <summary>A salary answer lines up a few more figures, since levels and sources differ.</summary>
    private const int SalaryLeadCount = 4;

    private const int PointCount = 2;

    /// <summary>The records of an answer asked short ("en une phrase"), or of the one end of the figures asked.</summary>
    private const int BriefLeadCount = 2;

    private const string France = "FR";
    private const string Dollars = "USD";
    private const int StemLength = 5;

    /// <summary>Each record's label stems, computed once per record (records live as long as their load).</summary>
    private static readonly ConditionalWeakTable<Fact, HashSet<string>> LabelStems = new();

    /// <summary>Each record's quote and label stems, to tell how many records of a topic use a word.</summary>
    private static readonly ConditionalWeakTable<Fact, HashSet<string>> TextStems = new();

    /// <summary>Each record's quote and label words, whole, to find the few records that name something.</summary>
    private static readonly ConditionalWeakTable<Fact, HashSet<string>> TextWords = new();

    /// <summary>Each record's French label stems, to tell whether a point repeats the lead.</summary>
    private static readonly ConditionalWeakTable<Fact, HashSet<string>> FrenchStems = new();

    /// <summary>
    /// A topic word that more quotes than this say is the topic's own, not a pointer to the few records it means (two:
    /// the two work-study schemes of a school, the two quotes on data scientists).
    /// </summary>
    private const int MaxTellingQuotes = 2;

    /// <summary>A word at most this many quotes of the whole fact sheet say names what they are about ("PromptBase").</summary>
    private const int MaxNamingQuotes = 3;

    /// <summary>A word that more people's quotes say than this does not tell who said it.</summary>
    private const int MaxSayers = 2;

    /// <param name="questionWords">The question's folded words of meaning.</param>
    /// <param name="restWords">Those of them no vocabulary phrase took (what it asks beyond its topic).</param>
    /// <param name="widen">The domain synonyms and the question, to widen its words that none of the topic's records say.</param>
    public static RecordSelection? Select(QuestionFrame frame, IReadOnlyList<Fact> facts, IReadOnlyCollection<string> questionWords, IReadOnlySet<string> restWords, (QuestionSynonyms Synonyms, string Question)? widen = null, IReadOnlySet<string>? preferred = null)
    {
        if (frame.Topic is not { } topic)
        {
            return null;
        }

        if (frame.AllFigures)
        {
            var figures = facts.Where(f => f.Topic == FactTopic.Salary).ToList();
            return figures.Count == 0 ? null : new RecordSelection(FactTopic.Salary, [], figures, []) { Matching = figures };
        }

        // The highest or lowest pay asked ("le plus haut salaire jamais proposé"): every figure competes, one employer's
        // offer included, in every country unless one is named.
        var rank = topic == FactTopic.Salary ? frame.Facet(FacetNames.Rank) : null;
        var pool = facts.Where(f => f.Topic == topic && (rank is not null || f.Facet(FacetNames.Context) is not { } c || c == frame.Facet(FacetNames.Context))).ToList();
        if (topic == FactTopic.Salary && frame.Facet(FacetNames.Context) is { } context
            && (frame.Names(FacetNames.Context) || frame.FacetWords.Keys.All(name => name is FacetNames.Period or FacetNames.Basis))
            && pool.Any(f => f.Facet(FacetNames.Context) == context))
        {
            // Pay in a situation named ("en télétravail", "l'offre d'Anthropic"), or still spoken of when the message
            // names nothing else ("et par mois ?"): that situation's figures answer.
            pool = [.. pool.Where(f => f.Facet(FacetNames.Context) == context)];
        }

        // A person: who they are answers; what the sources quote them saying, whatever its topic, supports it.
        var quoted = topic == FactTopic.People && frame.Facet(FacetNames.Person) is { } person
            ? facts.Where(f => f.Topic != FactTopic.People && f.Facet(FacetNames.Person) == person).ToList()
            : [];

        // Countries set side by side ("mieux payé en France ou aux US ?"): the figures of each, not of the first named.
        var compared = topic == FactTopic.Salary && frame.Reading?.Compared.TryGetValue(FacetNames.Country, out var countries) == true
            ? countries.Where(c => pool.Any(f => Fits(f, FacetNames.Country, c))).ToList()
            : [];
        if (compared.Count > 1)
        {
            pool = [.. pool.Where(f => compared.Any(c => Fits(f, FacetNames.Country, c)))];
        }

        var uncovered = new List<string>();
        foreach (var (name, value) in frame.Facets.OrderBy(f => f.Key == FacetNames.Level ? 1 : 0))
        {
            if (name == FacetNames.Uncovered)
            {
                // What the articles never speak of ("les horaires", "le CPF"), whatever the topic: said plainly.
                if (frame.Names(name))
                {
                    uncovered.Add(frame.FacetWords.TryGetValue(name, out var aspect) ? aspect : value);
                }

                continue;
            }

            if (name is FacetNames.Context or FacetNames.Stance or FacetNames.Rank || (name == FacetNames.Country && compared.Count > 1))
            {
                // A side of a debate orders the answer (below) rather than hiding the other side.
                continue;
            }

            // A detail carried over from earlier never hides the records this message points to itself.
            var fitting = pool.Where(f => Fits(f, name, value) || (!frame.Names(name) && frame.Named.Contains(f.Id))).ToList();
            if (fitting.Count > 0)
            {
                pool = fitting;
                continue;
            }

            if (!frame.Names(name))
            {
                // Carried over from an earlier question, and not a facet of this topic ("débutant" then "et la formation ?").
                continue;
            }

            var elsewhere = facts.Where(f => f.Topic != FactTopic.Salary && f.Facet(name) == value).ToList();
            if (topic != FactTopic.Salary && name == FacetNames.Country && !facts.Any(f => f.Country == value))
            {
                // A country no record speaks of, whatever the topic ("et en Espagne ?" about remote work): said plainly.
                uncovered.Add(frame.FacetWords.TryGetValue(name, out var country) ? country : value);
                continue;
            }

            if ((frame.TopicNamed && name is not (FacetNames.Country or FacetNames.Level or FacetNames.Period or FacetNames.Basis) && !pool.Any(f => f.Facet(name) is not null))
                || (topic != FactTopic.Salary && name is (FacetNames.Country or FacetNames.Level or FacetNames.Period or FacetNames.Basis)))
            {
                // The question named its topic, which says nothing of this kind of detail ("sans diplôme" in a question
                // about a portfolio): it does not change what is asked. A level or a country narrows pay; elsewhere
                // ("junior" in a question about tasks) it changes nothing. A detail the topic does speak of, but not
                // this one ("la santé" among employers), is looked for in the other topics below.
                continue;
            }

            if (elsewhere.Count > 0 && topic != FactTopic.Salary)
            {
                topic = elsewhere[0].Topic;
                pool = [.. elsewhere.Where(f => f.Topic == topic)];
                continue;
            }

            uncovered.Add(frame.FacetWords.TryGetValue(name, out var words) ? words : value);
        }

        if (topic == FactTopic.Salary && compared.Count < 2 && frame.Facet(FacetNames.Context) is null && (rank is null || frame.Facet(FacetNames.Country) is not null)
            && frame.Facet(FacetNames.Country) is null or not France && !pool.Any(f => frame.Facet(FacetNames.Country) is { } asked && f.Country == asked))
        {
            // No country named (or one the articles lack): the French figures, the audience's and the articles' own.
            var french = pool.Where(f => Fits(f, FacetNames.Country, France)).ToList();
            pool = french.Count > 0 ? french : pool;
        }

        if (topic == FactTopic.Salary && pool.Any(f => f.Amount is not null))
        {
            // A pay question wants figures: statements without one ("bien rémunéré") are for "all figures".
            pool = [.. pool.Where(f => f.Amount is not null)];
        }

        // A word of the question says which record it means when it is beyond the topic's vocabulary, or when few
        // records of the topic say it at all ("certification" among the downsides); "entreprises", which most employer
        // quotes say, tells nothing about which.
        var stems = questionWords.Where(IsTelling).Select(Stem).Distinct(StringComparer.Ordinal).ToList();
        // A word of the question that none of the topic's records say may have a synonym that a few of them say
        // ("où l'héberger" for the portfolio, "vitrine"): it points to those. The topic's own words ("école") are said
        // by many of its records, and widened would point anywhere.
        // How many of the pool's quotes say a stem, counted once per stem.
        var counted = new Dictionary<string, int>(StringComparer.Ordinal);
        int Saying(string stem) => counted.TryGetValue(stem, out var count) ? count : counted[stem] = QuotesSaying(pool, stem);
        var synonymStems = widen is not { } wide
            ? []
            : wide.Synonyms.Of(questionWords.Where(w => IsTelling(w) && Saying(Stem(w)) == 0), wide.Question).Where(IsTelling).Select(Stem);
        var restStems = restWords.Select(Stem).ToHashSet(StringComparer.Ordinal);
        var telling = stems
            .Where(s => restStems.Contains(s) || Saying(s) is > 0 and <= MaxTellingQuotes)
            .Concat(synonymStems.Where(s => Saying(s) is > 0 and <= MaxTellingQuotes))
            .ToHashSet(StringComparer.Ordinal);
        if (frame.Shown.Count > 0 && pool.Where(f => !frame.Shown.Contains(f.Id) || LabelStemsOf(f).Overlaps(telling)).ToList() is { Count: > 0 } fresh)
        {
            // "Dis-m'en plus": what the last answer did not show yet, while there is any, and what the question names
            // again ("quoi d'autre ? genre de la veille ?").
            pool = fresh;
        }

        // Who holds what the question asks about ("qui dit que ça va disparaître ?"): the people whose own records
        // carry its details.
        var holders = topic == FactTopic.People ? [.. Holders(frame, facts), .. Sayers(stems, facts)] : new HashSet<string>();
        var scored = pool
            .Select((fact, order) => (Fact: fact, Order: order, Score: Score(fact, frame, telling, preferred) + (holders.Contains(fact.Facet(FacetNames.Person) ?? string.Empty) ? 2 : 0)))
            .OrderByDescending(r => r.Score)
            .ThenBy(r => r.Order)
            .ToList();
        var ranked = scored.Select(r => r.Fact).ToList();
        if (ranked.Count == 0)
        {
            return null;
        }

        if (rank is not null)
        {
            // The top (or bottom) of the figures first, each counted over a year so that a monthly figure compares.
            ranked = rank == Ranks.Lowest
                ? [.. ranked.OrderBy(f => Yearly(f, f.Amount))]
                : [.. ranked.OrderByDescending(f => Yearly(f, f.AmountMax ?? f.Amount))];
        }

        if (ranked.Select(f => f.Facet(FacetNames.Stance)).OfType<string>().Distinct().Count() > 1)
        {
            // A debate: the best record of each side first (the side asked about, if any, leading), then the rest,
            // so that the answer always says that the sources disagree and who thinks what: among a side's best
            // records, one that names who holds it.
            var asked = frame.Facet(FacetNames.Stance);
            var sides = scored
                .Where(r => r.Fact.Facet(FacetNames.Stance) is not null)
                .GroupBy(r => r.Fact.Facet(FacetNames.Stance))
                .Select(g => g.Where(r => r.Score == g.First().Score).Select(r => r.Fact).FirstOrDefault(f => f.Facet(FacetNames.Person) is not null) ?? g.First().Fact)
                .OrderBy(f => f.Facet(FacetNames.Stance) == asked ? 0 : 1)
                .ToList();
            ranked = [.. sides, .. ranked.Except(sides)];
        }

        if (frame.Reading?.Polar is { } polar and not PolarQuestion.None && ranked.Any(f => f.Facet(FacetNames.Need) is not null))
        {
            // Yes or no about a need: the best record of each side answers, the side the question's details left out
            // taken from the whole topic ("sans diplôme" keeps the records of doing without, yet some ask for a Bac+5).
            var sides = new[] { Needs.Optional, Needs.Required }
                .Select(side => ranked.FirstOrDefault(f => f.Facet(FacetNames.Need) == side) ?? facts.FirstOrDefault(f => f.Topic == topic && f.Facet(FacetNames.Need) == side))
                .OfType<Fact>()
                .ToList();
            // The points back the sides up: the other records that take one first.
            var others = ranked.Except(sides).OrderBy(f => f.Facet(FacetNames.Need) is null ? 1 : 0).Take(PointCount).ToList();
            return new RecordSelection(topic, sides, others, uncovered) { Matching = [.. sides, .. ranked.Except(sides), .. quoted], Polar = polar };
        }

        if (compared.Count > 1)
        {
            // Each country's best figures in turn, so that the first sentence sets them side by side.
            var byCountry = compared.Select(c => ranked.Where(f => Fits(f, FacetNames.Country, c)).ToList()).ToList();
            var perCountry = SalaryLeadCount / byCountry.Count;
            ranked = [.. Enumerable.Range(0, perCountry).SelectMany(i => byCountry.Where(list => list.Count > i).Select(list => list[i])).Concat(ranked).Distinct()];
        }

        // The top (or bottom) figure and the next one answer "the highest"; more would bury it. A short answer asked
        // ("en une phrase") is one sentence of few records.
        var brief = frame.Reading?.Brief == true;
        var leadCount = rank is not null || brief ? BriefLeadCount : topic == FactTopic.Salary ? SalaryLeadCount : LeadCount;
        var noFigure = false;
        var number = frame.Reading?.AsksNumber ?? NumberAsked.None;
        if (number != NumberAsked.None && topic != FactTopic.Salary && !ranked.Take(leadCount).Any(f => Gives(f, number)))
        {
            // A number asked that the topic's records do not give: the records of any topic that give one about what the
            // question names, by a name, a situation ("les salaires en remote c combien") or in words beyond the
            // vocabulary that few quotes say ("how many people used PromptBase?"), else the topic's records, the answer
            // saying that the articles give no figure ("combien d'offres sur LinkedIn ?"). Whole words: a name's first
            // letters are often another word's ("prompt").
            var rare = restWords.Where(w => w.Length >= 4
                && facts.Where(f => WordsOf(f).Contains(w)).Select(f => f.Quote).Distinct(StringComparer.Ordinal).Count() is > 0 and <= MaxNamingQuotes).ToHashSet(StringComparer.Ordinal);
            var situation = frame.Names(FacetNames.Context) ? frame.Facet(FacetNames.Context) : null;
            var figured = facts.Where(f => Gives(f, number) && (frame.Named.Contains(f.Id) || WordsOf(f).Overlaps(rare) || (situation is not null && f.Facet(FacetNames.Context) == situation)))
                .OrderByDescending(f => (frame.Named.Contains(f.Id) ? 1 : 0) + WordsOf(f).Count(rare.Contains)).ToList();
            if (figured.Count > 0)
            {
                return new RecordSelection(figured[0].Topic, [.. figured.Take(2)], [], uncovered) { Matching = figured };
            }

            noFigure = true;
        }

        var lead = ranked.Take(leadCount).ToList();
        var said = lead.SelectMany(FrenchLabelStems).ToHashSet(StringComparer.Ordinal);
        // A point says something the lead has not: "Scale AI, where Riley Goodside works" repeats his biography.
        var points = topic == FactTopic.Salary || brief ? [] : ranked.Skip(leadCount).Concat(quoted.Where(f => !Repeats(f, said))).Take(PointCount).ToList();
        return new RecordSelection(topic, lead, points, uncovered) { Matching = [.. ranked, .. quoted], NoFigure = noFigure };
    }

    /// <summary>
    /// Whether a record gives the number asked: an amount of money for a price, else any number of its labels ("près
    /// de 700 ingénieurs", "hundreds of hours").
    /// </summary>
    private static bool Gives(Fact fact, NumberAsked asked) =>
        fact.Amount is not null || (asked == NumberAsked.Count && AnswerCues.GivesNumber(fact.Label.Fr + " " + fact.Label.En));

    /// <summary>A pay figure counted over a year (a month's twelve times, a day's over about 218 working days).</summary>
    private static decimal Yearly(Fact fact, decimal? amount) => (amount ?? 0) * fact.Period switch
    {
        PayPeriod.Month => 12,
        PayPeriod.Day => 218,
        _ => 1,
    };

    /// <summary>The people whose records, whatever their topic, carry every detail the question names besides a person.</summary>
    private static HashSet<string> Holders(QuestionFrame frame, IReadOnlyList<Fact> facts)
    {
        var details = frame.Facets.Where(f => f.Key is not (FacetNames.Person or FacetNames.Context)).ToList();
        return details.Count == 0
            ? []
            : [.. facts.Where(f => details.All(d => f.Facet(d.Key) == d.Value)).Select(f => f.Facet(FacetNames.Person)).OfType<string>()];
    }

    /// <summary>
    /// The people who said what the question quotes ("who said English is the new programming language?"): those whose
    /// records' quotes say the most of its words that at most two people's quotes say ("Washington Post" is one
    /// interview, « Washington » also a university), or none.
    /// </summary>
    private static HashSet<string> Sayers(IReadOnlyList<string> stems, IReadOnlyList<Fact> facts)
    {
        var said = facts
            .Where(f => f.Facet(FacetNames.Person) is not null)
            .GroupBy(f => f.Facet(FacetNames.Person)!, StringComparer.Ordinal)
            .Select(g => (Person: g.Key, Stems: g.SelectMany(TextStemsOf).ToHashSet(StringComparer.Ordinal)))
            .ToList();
        var telling = stems.Where(s => said.Count(p => p.Stems.Contains(s)) is > 0 and <= MaxSayers).ToList();
        var counts = said.Select(p => (p.Person, Count: telling.Count(p.Stems.Contains))).Where(p => p.Count > 0).ToList();
        return counts.Count == 0 ? [] : [.. counts.Where(p => p.Count == counts.Max(c => c.Count)).Select(p => p.Person)];
    }

    /// <summary>
    /// Whether a record fits a facet value. A salary's country and level are exclusive: a record without a country
    /// counts as French unless it is in dollars (the articles are French), a senior level takes the confirmed figures
    /// too, and a figure for every level fits any.
    /// </summary>
    private static bool Fits(Fact fact, string name, string value) => name switch
    {
        FacetNames.Country => fact.Country == value || (value == France && fact.Country is null && fact.Currency != Dollars),
        FacetNames.Level => CareerLevels.Parse(value) is { } asked && fact.Level is { } level
            && (level == asked || level == CareerLevel.All || (asked.IsExperienced() && level.IsExperienced())),
        FacetNames.Period => Enum.TryParse<PayPeriod>(value, ignoreCase: true, out var period) && fact.Period == period,
        FacetNames.Basis => Enum.TryParse<PayBasis>(value, ignoreCase: true, out var basis) && fact.Basis == basis,
        _ => fact.Facet(name) == value,
    };

    /// <summary>
    /// How well a record answers beyond its topic: the facet values it carries exactly as asked (a junior figure
    /// before an all-levels one), a person for a question about who holds the other view, the question's words in its
    /// labels ("Python" asked, the Python record first), and the records search found for it.
    /// </summary>
    private static int Score(Fact fact, QuestionFrame frame, IReadOnlySet<string> tellingStems, IReadOnlySet<string>? preferred)
    {
        var score = frame.Facets.Count(f => fact.Facet(f.Key) == f.Value) * 2;
        if (frame.Contrary && fact.Facet(FacetNames.Person) is not null)
        {
            score += 2;
        }

        if (preferred?.Contains(fact.Id) == true || frame.Named.Contains(fact.Id))
        {
            score += 2;
        }

        return score + tellingStems.Count(LabelStemsOf(fact).Contains);
    }

    /// <summary>
    /// Whether most of a record's label is already said (<paramref name="said"/>: the stems of the labels shown),
    /// compared in one language, the articles' own.
    /// </summary>
    private static bool Repeats(Fact fact, HashSet<string> said)
    {
        var stems = FrenchLabelStems(fact);
        return stems.Count > 0 && stems.Count(said.Contains) * 4 >= stems.Count * 3;
    }

    /// <summary>How many different quotes of <paramref name="pool"/> say <paramref name="stem"/> (in their quote or labels).</summary>
    private static int QuotesSaying(IEnumerable<Fact> pool, string stem) =>
        pool.Where(f => TextStemsOf(f).Contains(stem)).Select(f => f.Quote).Distinct(StringComparer.Ordinal).Count();

    private static HashSet<string> FrenchLabelStems(Fact fact) =>
        FrenchStems.GetValue(fact, f => [.. Tokens.FoldedWords(f.Label.Fr).Where(w => w.Length >= 4).Select(Stem)]);

    private static HashSet<string> LabelStemsOf(Fact fact) =>
        LabelStems.GetValue(fact, f => [.. Tokens.FoldedWords(f.Label.Fr + " " + f.Label.En).Where(IsTelling).Select(Stem)]);

    private static HashSet<string> WordsOf(Fact fact) =>
        TextWords.GetValue(fact, f => [.. Tokens.FoldedWords(f.Quote + " " + f.Label.Fr + " " + f.Label.En)]);

    private static HashSet<string> TextStemsOf(Fact fact) =>
        TextStems.GetValue(fact, f => [.. Tokens.FoldedWords(f.Quote).Where(IsTelling).Select(Stem).Concat(LabelStemsOf(f))]);

    /// <summary>
    /// Whether a word may tell which record is meant: a word of meaning, acronyms of three letters included ("LLM",
    /// "NLP"); "will", "quoi" tell nothing.
    /// </summary>
    private static bool IsTelling(string word) => word.Length >= 3 && !VocabularyIndex.IsFunctionWord(word);

    /// <summary>The first letters of a word, enough to meet its inflections ("stressant", "stress"; "codes", "coder").</summary>
    private static string Stem(string word) => word.Length > StemLength ? word[..StemLength] : word;
}
