using System.Text;
using CareerBot.Advisor.Answers;
using CareerBot.Advisor.Grounding;
using CareerBot.Advisor.Resources;
using CareerBot.Advisor.Text;
using CareerBot.Knowledge;
using CareerBot.Knowledge.Chunking;
using CareerBot.Knowledge.Facts;
using CareerBot.Knowledge.Search;

namespace CareerBot.Advisor.Extractive;

/// <summary>
/// The offline answer (see <see cref="IExtractiveAnswerer"/>), short enough for a chat bubble:
/// <list type="number">
/// <item>a lead-in in the user's language (the quotes stay in French, which the English lead-in says);</item>
/// <item>the 1–4 sentences of the passages that best answer the question, verbatim, grouped by source under its
/// title, each followed by its citation (<see cref="SentenceSelector"/>);</item>
/// <item>the salary records of the context as compact lines, each citing its source, and the notes that sources
/// disagree or mix monthly and yearly amounts (<see cref="SalaryLines"/>, <see cref="SalaryNotes"/>);</item>
/// <item>up to four other fact records that fit the question best (<see cref="KeyPoints"/>).</item>
/// </list>
/// Citations follow the <see cref="CitationMap"/> of the context, so that every answer passes the grounding guard;
/// <see cref="Answer.Sources"/> lists each cited source with its title and the extracts relied on. An empty context,
/// or one with nothing quotable, gives the out-of-scope answer.
/// </summary>
public sealed class ExtractiveAnswerer : IExtractiveAnswerer
{
    /// <summary>The text the answer aims to stay under; the sentences give way to the salary figures, never the reverse.</summary>
    private const int TargetLength = 1100;

    /// <summary>Room kept for the sentences however many figures there are.</summary>
    private const int MinSentenceBudget = 250;

    /// <summary>Room the sentences never exceed: a chat bubble is read at a glance.</summary>
    private const int MaxSentenceBudget = 550;

    /// <summary>What a list of key points takes, reserved before the sentences are chosen.</summary>
    private const int KeyPointsAllowance = 320;

    private const string Salary = "salary";

    private readonly IKnowledgeSearch _knowledge;
    private CorpusView? _corpus;

    public ExtractiveAnswerer(IKnowledgeSearch knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        _knowledge = knowledge;
    }

    public Answer Compose(AnswerRequest request, GroundingContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        var messages = Messages.For(request.Language);
        if (context.Passages.Count == 0 && context.Facts.Count == 0)
        {
            return OutOfScope(messages);
        }

        var corpus = Corpus();
        var concepts = corpus.ConceptsOf(request.Question);
        var map = CitationMap.For(context);
        var cited = new CitedExtracts();

        var salaries = context.Facts.Where(f => f.Kind == Salary).ToList();
        var figures = FiguresBlock(salaries, map, cited, messages);
        var others = context.Facts.Where(f => f.Kind != Salary).ToList();
        var budget = Math.Clamp(TargetLength - figures.Length - (others.Count > 0 ? KeyPointsAllowance : 0), MinSentenceBudget, MaxSentenceBudget);
        // Figures of pay are shown as salary lines only: a sentence stating one (even one the question's level or
        // country left out) would repeat a line or contradict the narrowing.
        var salaryQuotes = salaries.Count == 0 ? [] : salaries.Select(f => f.Quote).Concat(corpus.SalaryQuotes).ToList();
        var lists = context.Passages.Select(hit => ListContinuation.ListAfter(hit, context.Passages)?.Passage.Id).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var sentences = SentenceSelector.Select(context.Passages, concepts, budget, s => salaryQuotes.Any(q => Overlap(s, q)), lists);
        var keyPoints = KeyPoints.Select(others, concepts, corpus, quote => sentences.Any(s => Overlap(s.Text, quote)));
        if (sentences.Count == 0 && salaries.Count == 0 && keyPoints.Count == 0)
        {
            return OutOfScope(messages);
        }

        var text = new StringBuilder(messages.Get(nameof(AdvisorMessages.LeadIn)));
        AppendSentences(text, sentences, context.Passages, cited, messages);
        if (figures.Length > 0)
        {
            text.Append("\n\n").Append(figures);
        }

        if (keyPoints.Count > 0)
        {
            text.Append("\n\n").Append(messages.Get(nameof(AdvisorMessages.KeyPointsHeading)));
            foreach (var fact in keyPoints)
            {
                text.Append("\n- ").Append(KeyPointLines.Of(fact, messages)).Append(' ').Append(cited.Cite(map.NumberOf(fact), fact.Quote));
            }
        }

        return new Answer(text.ToString(), SourceList.Of(cited, map, corpus), AnswerOrigin.Extractive);
    }

    private static Answer OutOfScope(Messages messages) =>
        new(messages.Get(nameof(AdvisorMessages.OutOfScope)), [], AnswerOrigin.OutOfScope);

    private static string FiguresBlock(List<Fact> salaries, CitationMap map, CitedExtracts cited, Messages messages)
    {
        if (salaries.Count == 0)
        {
            return string.Empty;
        }

        var block = new StringBuilder(messages.Get(nameof(AdvisorMessages.FiguresHeading)));
        foreach (var fact in salaries)
        {
            block.Append("\n- ").Append(SalaryLines.Of(fact, messages)).Append(' ').Append(cited.Cite(map.NumberOf(fact), fact.Quote));
        }

        foreach (var note in SalaryNotes.For(salaries, map.NumberOf, messages))
        {
            block.Append("\n\n").Append(note);
        }

        return block.ToString();
    }

    /// <summary>
    /// Each source's title in bold (marked when the sentences are a reader comment), then its sentences quoted and
    /// cited; a sentence that announces a list ("sur les pages classiques comme :") is followed by the list's items,
    /// cited to the list's passage.
    /// </summary>
    private static void AppendSentences(StringBuilder text, IReadOnlyList<Sentence> sentences, IReadOnlyList<SearchHit> passages, CitedExtracts cited, Messages messages)
    {
        var open = messages.Get(nameof(AdvisorMessages.QuoteOpen));
        var close = messages.Get(nameof(AdvisorMessages.QuoteClose));
        var lists = sentences
            .Where(s => s.Text.TrimEnd().EndsWith(':'))
            .Select(s => (s.Hit, List: ListContinuation.ListAfter(s.Hit, passages)))
            .Where(l => l.List is not null)
            .ToDictionary(l => l.Hit.Passage.Id, l => l.List!, StringComparer.Ordinal);
        var listIds = lists.Values.Select(l => l.Passage.Id).ToHashSet(StringComparer.Ordinal);
        string Quoted(Sentence s) =>
            $"{open}{s.Text}{close} {cited.Cite(s.Number, s.Text)}" +
            (s.Text.TrimEnd().EndsWith(':') && lists.TryGetValue(s.Hit.Passage.Id, out var list)
                ? $" {open}{ListContinuation.Items(list.Passage)}{close} {cited.Cite(passages.ToList().IndexOf(list) + 1, list.Passage.Text)}"
                : string.Empty);
        foreach (var group in sentences.Where(s => !listIds.Contains(s.Hit.Passage.Id)).GroupBy(s => (s.Hit.Passage.SourceId, s.Hit.Passage.Kind)))
        {
            var passage = group.First().Hit.Passage;
            text.Append("\n\n**").Append(passage.SourceTitle).Append("**");
            if (passage.Kind == PassageKind.Comment)
            {
                text.Append(" (").Append(messages.Get(nameof(AdvisorMessages.ReaderComment))).Append(')');
            }

            text.Append('\n').AppendJoin(' ', group.Select(Quoted));
        }
    }

    /// <summary>True when one text contains the other, whitespace aside: a sentence that is (part of) a fact's quote.</summary>
    private static bool Overlap(string a, string b)
    {
        var x = Folding.CollapseWhitespace(a);
        var y = Folding.CollapseWhitespace(b);
        return x.Contains(y, StringComparison.Ordinal) || y.Contains(x, StringComparison.Ordinal);
    }

    /// <summary>The corpus view of the knowledge base's current state, rebuilt after a reload swapped its lists.</summary>
    private CorpusView Corpus()
    {
        var current = Volatile.Read(ref _corpus);
        if (current is not null && ReferenceEquals(current.Passages, _knowledge.Passages) && ReferenceEquals(current.Synonyms, _knowledge.Synonyms))
        {
            return current;
        }

        var fresh = new CorpusView(_knowledge);
        Volatile.Write(ref _corpus, fresh);
        return fresh;
    }
}
