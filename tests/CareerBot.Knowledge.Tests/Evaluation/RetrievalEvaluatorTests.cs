using CareerBot.Knowledge.Chunking;
using CareerBot.Knowledge.Evaluation;
using CareerBot.Knowledge.Facts;
using CareerBot.Knowledge.Search;
using CareerBot.Knowledge.Tests.Support;
using Moq;

namespace CareerBot.Knowledge.Tests.Evaluation;

public sealed class RetrievalEvaluatorTests
{
    private static readonly EvalQuestion[] Questions =
    [
        Answerable("a1", ["s1"], "5 850|45 000", "brut"),
        Answerable("a2", ["s1", "s2"], "16 150"),
        Answerable("a3", ["s3"]),
        Answerable("a4", ["s1"], "x"),
        OutOfScope("o1"),
        OutOfScope("o2"),
    ];

    private static readonly Dictionary<string, string[]> Returned = new()
    {
        ["a1"] = ["s2", "s1", "s3"],
        ["a2"] = ["s2"],
        ["a3"] = ["s1", "s2", "s1", "s2", "s1", "s3"],
        ["a4"] = [],
        ["o1"] = [],
        ["o2"] = ["s1"],
    };

    private static readonly Dictionary<string, string> Answers = new()
    {
        ["a1"] = "Environ 5\u202F850 € BRUT par mois.",
        ["a2"] = "Jusqu'à 16 000 € par mois.",
        ["a3"] = "Un Bac+5, comme en 2024.",
        ["a4"] = string.Empty,
        ["o1"] = "Je ne sais pas.",
        ["o2"] = "Un boulanger gagne 1 800 €.",
    };

    [Fact]
    public void Retrieval_metrics_match_a_hand_computed_example()
    {
        var report = new RetrievalEvaluator(Knowledge()).Evaluate(Questions);

        Assert.Equal(6, report.Questions);
        Assert.Equal(0.25, report.RecallAt1);
        Assert.Equal(0.5, report.RecallAt3);
        Assert.Equal(0.5, report.RecallAt5);
        Assert.Equal((0.5 + 1 + (1.0 / 6) + 0) / 4, report.Mrr!.Value, 12);
        Assert.Equal(0.5, report.OutOfScopeFalsePositiveRate);
        Assert.Null(report.FactAccuracy);
        Assert.Null(report.GroundedNumberRate);
        Assert.Equal([2, 1, 6, null, null, null], report.Results.Select(r => r.FirstHitRank));
    }

    [Fact]
    public void Answer_metrics_match_a_hand_computed_example()
    {
        var byQuestion = Questions.ToDictionary(q => q.Question, q => Answers[q.Id]);

        var report = new RetrievalEvaluator(Knowledge()).Evaluate(Questions, question => byQuestion[question]);

        // Facts: a1 found (narrow no-break space and case ignored), a2 and a4 not; a3 expects none.
        Assert.Equal(1.0 / 3, report.FactAccuracy!.Value, 12);
        Assert.Equal([true, false, null, false, null, null], report.Results.Select(r => r.FactsFound));
        // Numbers ≥ 100: 5850 and 2024 are in the knowledge, 16000 and 1800 are not.
        Assert.Equal(4.0 / 6, report.GroundedNumberRate!.Value, 12);
        Assert.Equal([16000m], report.Results.Single(r => r.Id == "a2").UngroundedNumbers);
        Assert.Equal([1800m], report.Results.Single(r => r.Id == "o2").UngroundedNumbers);
    }

    [Fact]
    public void The_report_serialises_with_the_agreed_keys()
    {
        var json = new RetrievalEvaluator(Knowledge()).Evaluate(Questions).ToJson();

        using var document = System.Text.Json.JsonDocument.Parse(json);
        var root = document.RootElement;
        foreach (var key in new[] { "recall_at_1", "recall_at_3", "recall_at_5", "mrr", "out_of_scope_false_positive_rate", "fact_accuracy", "grounded_number_rate", "questions" })
        {
            Assert.True(root.TryGetProperty(key, out _), key);
        }

        Assert.Equal(System.Text.Json.JsonValueKind.Null, root.GetProperty("fact_accuracy").ValueKind);
        Assert.Equal(6, root.GetProperty("questions").GetInt32());
    }

    [Fact]
    public async Task The_fixture_question_set_runs_against_a_real_knowledge_base()
    {
        using var folder = KnowledgeFolder.FromFixture();
        using var knowledge = folder.CreateKnowledgeBase();
        await knowledge.LoadAsync();

        var report = new RetrievalEvaluator(knowledge).EvaluateFile(Path.Combine(folder.Path, "eval", "questions.jsonl"), _ => "Environ 5 850 € brut par mois.");

        Assert.Equal(3, report.Questions);
        Assert.Equal(1.0, report.RecallAt3);
        Assert.Equal(0.0, report.OutOfScopeFalsePositiveRate);
        Assert.Equal(1.0, report.FactAccuracy);
        Assert.Equal(1.0, report.GroundedNumberRate);
    }

    private static IKnowledgeSearch Knowledge()
    {
        var knowledge = new Mock<IKnowledgeSearch>(MockBehavior.Strict);
        foreach (var question in Questions)
        {
            IReadOnlyList<SearchHit> hits = Returned[question.Id]
                .Select((source, i) => new SearchHit(new Passage($"{source}#{i + 1}", source, "T", null, PassageKind.Article, "x"), 1.0 / (i + 1), i + 1, 1))
                .ToList();
            knowledge.Setup(k => k.Search(question.Question, RetrievalEvaluator.Depth)).Returns(hits);
        }

        knowledge.Setup(k => k.Passages).Returns(
        [
            new Passage("s1#1", "s1", "T", null, PassageKind.Article, "Salaire débutant : 5 850 € brut / mois"),
            new Passage("s2#1", "s2", "T", null, PassageKind.Article, "En 2024, le guide des salaires."),
        ]);
        knowledge.Setup(k => k.Facts).Returns([new Fact { Id = "f", Topic = FactTopic.Salary, Source = "s1", Quote = "q", Label = new BilingualText("q", "q"), Amount = 45000 }]);
        return knowledge.Object;
    }

    private static EvalQuestion Answerable(string id, string[] sources, params string[] facts) =>
        new() { Id = id, Question = "question " + id, Kind = "answerable", ExpectedSources = sources, ExpectedFacts = facts };

    private static EvalQuestion OutOfScope(string id) =>
        new() { Id = id, Question = "question " + id, Kind = EvalQuestion.OutOfScopeKind };
}
