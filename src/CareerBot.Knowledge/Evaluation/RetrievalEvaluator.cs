using CareerBot.Knowledge.Text;

namespace CareerBot.Knowledge.Evaluation;

/// <summary>
/// Measures retrieval on a question set. Answerable questions: a hit is a passage from any expected source;
/// recall@k is the share of questions with a hit in the first k passages, MRR the mean of 1 / rank of the first hit
/// within <see cref="Depth"/> passages (0 when none). Out-of-scope questions: any passage returned is a false positive.
/// With an answer function: fact accuracy is the share of questions with expected facts whose answer contains them
/// all; the grounded-number rate is the share of answers (all questions) whose every number of 100 or more appears
/// in the knowledge base (passages and fact sheet), figures read and compared by value as the grounding guard reads
/// them (<see cref="NumberMentions"/>: "45 000 €" = "45k€").
/// </summary>
public sealed class RetrievalEvaluator(IKnowledgeSearch knowledge)
{
    /// <summary>How many passages are retrieved per question; MRR is computed within them.</summary>
    public const int Depth = 10;

    /// <summary>Numbers below this (ranks, levels such as Bac+5, small counts) are not checked for grounding.</summary>
    public const decimal GroundedNumberThreshold = 100;

    public RetrievalReport EvaluateFile(string questionsPath, Func<string, string>? answer = null) =>
        Evaluate(EvalQuestionReader.ReadFile(questionsPath), answer);

    public RetrievalReport Evaluate(IReadOnlyList<EvalQuestion> questions, Func<string, string>? answer = null)
    {
        ArgumentNullException.ThrowIfNull(questions);
        var knownNumbers = answer is null ? null : KnowledgeNumbers();
        var results = questions.Select(q => Evaluate(q, answer, knownNumbers)).ToList();

        var answerable = results.Where(r => r.Kind != EvalQuestion.OutOfScopeKind).ToList();
        var outOfScope = results.Where(r => r.Kind == EvalQuestion.OutOfScopeKind).ToList();
        var withFacts = results.Where(r => r.FactsFound is not null).ToList();
        return new RetrievalReport(
            RecallAt1: Share(answerable, r => r.FirstHitRank <= 1),
            RecallAt3: Share(answerable, r => r.FirstHitRank <= 3),
            RecallAt5: Share(answerable, r => r.FirstHitRank <= 5),
            Mrr: answerable.Count == 0 ? null : answerable.Average(r => r.FirstHitRank is { } rank ? 1.0 / rank : 0),
            OutOfScopeFalsePositiveRate: Share(outOfScope, r => r.ReturnedSources.Count > 0),
            FactAccuracy: answer is null ? null : Share(withFacts, r => r.FactsFound == true),
            GroundedNumberRate: answer is null ? null : Share(results, r => r.UngroundedNumbers!.Count == 0),
            Questions: results.Count,
            Results: results);
    }

    private QuestionResult Evaluate(EvalQuestion question, Func<string, string>? answer, HashSet<decimal>? knownNumbers)
    {
        var sources = knowledge.Search(question.Question, Depth).Select(h => h.Passage.SourceId).ToList();
        var firstHit = question.IsOutOfScope ? -1 : sources.FindIndex(s => question.ExpectedSources.Contains(s, StringComparer.Ordinal));
        var result = new QuestionResult(question.Id, question.Kind, question.Question, sources, firstHit >= 0 ? firstHit + 1 : null);
        if (answer is null)
        {
            return result;
        }

        var text = answer(question.Question) ?? string.Empty;
        return result with
        {
            Answer = text,
            FactsFound = question.ExpectedFacts.Count == 0 ? null : FactMatcher.ContainsAll(text, question.ExpectedFacts),
            UngroundedNumbers = NumberMentions.Find(text)
                .Where(m => m.Values.Any(v => v >= GroundedNumberThreshold) && !m.Values.Any(knownNumbers!.Contains))
                .Select(m => m.Values.Max())
                .Distinct()
                .ToList(),
        };
    }

    private HashSet<decimal> KnowledgeNumbers()
    {
        var numbers = knowledge.Passages.SelectMany(p => Values(p.Text)).ToHashSet();
        foreach (var fact in knowledge.Facts)
        {
            numbers.UnionWith(Values(fact.Quote));
            numbers.UnionWith(new[] { fact.Amount, fact.AmountMax }.OfType<decimal>());
        }

        return numbers;
    }

    /// <summary>Every value a figure of the text can stand for ("87.500": 87500 and 87.5).</summary>
    private static IEnumerable<decimal> Values(string text) => NumberMentions.Find(text).SelectMany(m => m.Values);

    private static double? Share(List<QuestionResult> results, Func<QuestionResult, bool> predicate) =>
        results.Count == 0 ? null : results.Count(predicate) / (double)results.Count;
}
