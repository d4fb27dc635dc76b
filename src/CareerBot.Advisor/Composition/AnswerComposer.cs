using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;
using CareerBot.Advisor.Answers;
using CareerBot.Advisor.Grounding;
using CareerBot.Advisor.Resources;
using CareerBot.Advisor.Understanding;
using CareerBot.Knowledge.Facts;
using CareerBot.Knowledge.Text;
using CareerBot.Knowledge.Vocabulary;

namespace CareerBot.Advisor.Composition;

/// <summary>
/// The offline answer, answer first: one sentence made of the topic's lead and the lead records' labels, each with its
/// citation ("Les compétences clés … sont la maîtrise des LLM [1], … et … [2]."), in the user's language; for pay, a
/// note when the figures disagree or mix monthly and yearly amounts; then at most two supporting points. The quotes
/// stay in the sources (the evidence, in French); the suggestions are the topic's next questions.
/// </summary>
internal static partial class AnswerComposer
{
    /// <summary>The buttons under a reply to several questions: as many as under one answer.</summary>
    private const int MaxJoinedSuggestions = 3;

    /// <summary>Each record's evidence sentences, found once per record (records live as long as their load).</summary>
    private static readonly ConditionalWeakTable<Fact, string[]> EvidenceOf = new();

    /// <summary>The answer to a plan: its records composed, or its passage quoted.</summary>
    public static Answer Compose(string language, AnswerPlan plan, KnowledgeVocabulary vocabulary) => plan.Selection is { } selection
        ? Compose(language, selection, plan.Context, vocabulary)
        : FromPassage(language, plan, vocabulary);

    private static Answer Compose(string language, RecordSelection selection, GroundingContext context, KnowledgeVocabulary vocabulary)
    {
        var messages = Messages.For(language);
        var map = CitationMap.For(context);
        var shown = context.Facts.ToHashSet();
        var lead = selection.Lead.Where(shown.Contains).ToList();
        var points = selection.Points.Where(shown.Contains).ToList();
        var text = new StringBuilder();
        if (selection.NoFigure)
        {
            text.Append(messages.Get(nameof(AdvisorMessages.NoFigure))).Append(' ');
        }

        if (selection.Uncovered.Count > 0)
        {
            text.Append(messages.Format(nameof(AdvisorMessages.Uncovered), string.Join(messages.Get(nameof(AdvisorMessages.ListAnd)), selection.Uncovered))).Append(' ');
        }

        var words = vocabulary.Topics.FirstOrDefault(t => t.Topic == selection.Topic);
        if (lead.Count > 0 && selection.Polar != PolarQuestion.None)
        {
            text.Append(PolarSentence(selection.Polar, lead, language, map, messages));
        }
        else if (lead.Count > 0)
        {
            var opening = words?.Lead.In(language) ?? messages.Get(nameof(AdvisorMessages.DefaultLead));
            text.Append(opening).Append(' ').Append(Join(lead.Select(f => Cited(f, language, map)).ToList(), messages)).Append('.');
            foreach (var note in SalaryNotes(lead, messages))
            {
                text.Append(' ').Append(note);
            }

            if (lead.Select(f => f.Facet(FacetNames.Stance)).OfType<string>().Distinct().Count() > 1)
            {
                text.Append(' ').Append(messages.Get(nameof(AdvisorMessages.NoteDebate)));
            }
        }
        else
        {
            text.Append(messages.Get(nameof(AdvisorMessages.AllFiguresLead)));
        }

        if (points.Count > 0)
        {
            text.Append('\n');
            foreach (var fact in points)
            {
                text.Append("\n- ").Append(Capitalized(Cited(fact, language, map)));
            }
        }

        return new Answer(text.ToString(), Sources(context, map), AnswerOrigin.Extractive)
        {
            Suggestions = Suggestions(selection.Topic, OffersAllFigures(selection), language, vocabulary),
            Topic = selection.Topic,
        };
    }

    /// <summary>
    /// One reply to a message that asks about several topics: the answering paragraph of each answer, in the order
    /// asked, cited 1..n in order of first use, each passage once; their points stay for "dis-m'en plus". The topic
    /// and origin are the first answer's, the next questions those of each in turn.
    /// </summary>
    public static Answer Join(IReadOnlyList<Answer> answers)
    {
        ArgumentOutOfRangeException.ThrowIfZero(answers.Count);
        var text = new StringBuilder();
        // Each passage once, numbered in the order met (the final numbers follow the text's first use).
        var sources = new List<AnswerSource>();
        foreach (var answer in answers)
        {
            var numbers = new Dictionary<int, int>();
            foreach (var source in answer.Sources)
            {
                var known = sources.FindIndex(s => s.PassageId == source.PassageId);
                if (known < 0)
                {
                    sources.Add(source);
                    known = sources.Count - 1;
                }
                else if (!sources[known].Quote.Contains(source.Quote, StringComparison.Ordinal))
                {
                    sources[known] = sources[known] with { Quote = sources[known].Quote + " … " + source.Quote };
                }

                numbers[source.Number] = known + 1;
            }

            var lead = answer.Text.Split("\n\n", 2)[0];
            text.Append(text.Length > 0 ? "\n\n" : string.Empty).Append(CitationMentions.Map(lead, n => numbers.GetValueOrDefault(n, n)));
        }

        var (renumbered, original) = CitationMentions.Renumber(text.ToString());
        return new Answer(renumbered, [.. original.Select((met, i) => sources[met - 1] with { Number = i + 1 })], answers[0].Origin)
        {
            Suggestions = [.. answers.SelectMany(a => a.Suggestions).Distinct(StringComparer.Ordinal).Take(MaxJoinedSuggestions)],
            Topic = answers[0].Topic,
        };
    }

    /// <summary>
    /// The answer built from passages alone, when no record answers: the sentence that gives the detail asked, or the
    /// passage's opening, quoted and cited.
    /// </summary>
    private static Answer FromPassage(string language, AnswerPlan plan, KnowledgeVocabulary vocabulary)
    {
        var messages = Messages.For(language);
        var passage = plan.Context.Passages[0].Passage;
        var excerpt = plan.Excerpt ?? AnswerPlanner.Excerpt(passage.Text);
        var text = messages.Format(nameof(AdvisorMessages.PassageLead), passage.SourceTitle)
            + $" {messages.Get(nameof(AdvisorMessages.QuoteOpen))}{excerpt}{messages.Get(nameof(AdvisorMessages.QuoteClose))} [1]";
        return new Answer(text, [new AnswerSource(1, passage.Id, passage.SourceId, passage.SourceTitle, excerpt)], AnswerOrigin.Extractive)
        {
            Suggestions = Suggestions(plan, language, vocabulary),
            Topic = plan.Topic,
        };
    }

    /// <summary>
    /// Yes or no about a need, from the side each lead record takes: "Pas forcément, selon certaines sources : … ;
    /// d'autres citent toutefois …", or a plain yes or no when the sources agree.
    /// </summary>
    private static string PolarSentence(PolarQuestion polar, List<Fact> lead, string language, CitationMap map, Messages messages)
    {
        string Side(string need) => lead.Where(f => f.Facet(FacetNames.Need) == need).Select(f => Cited(f, language, map)).ToList() is { Count: > 0 } cited ? Join(cited, messages) : string.Empty;
        var optional = Side(Needs.Optional);
        var required = Side(Needs.Required);
        return (optional.Length > 0, required.Length > 0, polar) switch
        {
            (true, true, PolarQuestion.Need) => messages.Format(nameof(AdvisorMessages.PolarSplitNeed), optional, required),
            (true, true, _) => messages.Format(nameof(AdvisorMessages.PolarSplitWithout), optional, required),
            (true, false, PolarQuestion.Need) => messages.Format(nameof(AdvisorMessages.PolarNotNecessarily), optional),
            (true, false, _) => messages.Format(nameof(AdvisorMessages.PolarYes), optional),
            (false, _, PolarQuestion.Need) => messages.Format(nameof(AdvisorMessages.PolarYes), required),
            _ => messages.Format(nameof(AdvisorMessages.PolarHardly), required),
        };
    }

    private static string Cited(Fact fact, string language, CitationMap map) => $"{fact.Label.In(language)} [{map.NumberOf(fact)}]";

    private static string Join(List<string> parts, Messages messages) => parts.Count switch
    {
        1 => parts[0],
        _ => string.Join(", ", parts.Take(parts.Count - 1)) + messages.Get(nameof(AdvisorMessages.ListAnd)) + parts[^1],
    };

    private static string Capitalized(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>
    /// The notes a list of pay figures needs: the sources disagree (two different figures for one level), or they
    /// mix monthly and yearly amounts, which must not be compared as they stand.
    /// </summary>
    public static IEnumerable<string> SalaryNotes(IEnumerable<Fact> lead, Messages messages)
    {
        var figures = lead.Where(f => f.Topic == FactTopic.Salary && f.Amount is not null).ToList();
        // Figures for one level in one currency disagree when they differ; France and the United States simply differ.
        var disagree = figures
            .GroupBy(f => (f.Level is { } level && level.IsExperienced() ? CareerLevel.Senior : f.Level, f.Currency))
            .Any(level => level.Select(f => (f.Amount, f.AmountMax, f.Currency, f.Period)).Distinct().Count() > 1);
        if (disagree)
        {
            yield return messages.Get(nameof(AdvisorMessages.NoteDisagree));
        }

        if (figures.Select(f => f.Period).Distinct().Count() > 1)
        {
            yield return messages.Get(nameof(AdvisorMessages.NoteMixedPeriods));
        }
    }

    /// <summary>Each cited passage once, under its number, with the quotes of the records it was cited for.</summary>
    private static IReadOnlyList<AnswerSource> Sources(GroundingContext context, CitationMap map) =>
        [.. context.Facts
            .GroupBy(map.NumberOf)
            .OrderBy(g => g.Key)
            .Select(g =>
            {
                var passage = context.Passages[g.Key - 1].Passage;
                var quote = string.Join(" … ", g.SelectMany(Evidence).Distinct(StringComparer.Ordinal));
                return new AnswerSource(g.Key, passage.Id, passage.SourceId, passage.SourceTitle, quote);
            })];

    /// <summary>
    /// The part of a record's quote that bears out its label: the sentences holding the label's figures when the quote
    /// says more (its country in the next sentence, another level's figure), else the whole quote. Verbatim either way.
    /// </summary>
    private static IEnumerable<string> Evidence(Fact fact) => EvidenceOf.GetValue(fact, BearingSentences);

    private static string[] BearingSentences(Fact fact)
    {
        var figures = NumberMentions.Figures(fact.Label.Fr).SelectMany(m => m.Values).ToHashSet();
        var sentences = ArticleSentences.Split(fact.Quote);
        var bearing = figures.Count == 0
            ? []
            : sentences.Where(sentence => NumberMentions.Figures(sentence).Any(m => m.Values.Any(figures.Contains))).ToList();
        return bearing.Count == 0 ? sentences : [.. bearing];
    }

    /// <summary>
    /// What to ask next: every figure (when some pay figures were left out), then the next questions of the topic
    /// answered, or of the topic a quoted detail keeps the conversation on.
    /// </summary>
    public static IReadOnlyList<string> Suggestions(AnswerPlan plan, string language, KnowledgeVocabulary vocabulary) =>
        plan.Selection is { } selection ? Suggestions(selection.Topic, OffersAllFigures(selection), language, vocabulary)
            : plan.Topic is { } topic ? Suggestions(topic, allFigures: false, language, vocabulary)
            : [];

    /// <summary>A pay answer leaves figures out: the others are a button away.</summary>
    private static bool OffersAllFigures(RecordSelection selection) => selection.Topic == FactTopic.Salary && selection.Lead.Count > 0;

    private static List<string> Suggestions(FactTopic answered, bool allFigures, string language, KnowledgeVocabulary vocabulary)
    {
        var suggestions = new List<string>();
        if (allFigures)
        {
            suggestions.Add(Messages.For(language).Get(nameof(AdvisorMessages.AllFiguresButton)));
        }

        var next = vocabulary.Topics.FirstOrDefault(t => t.Topic == answered)?.Next ?? [];
        suggestions.AddRange(next
            .Select(topic => vocabulary.Topics.FirstOrDefault(t => t.Topic == topic)?.Ask.In(language))
            .OfType<string>()
            .Take(3 - suggestions.Count));
        return suggestions;
    }
}
