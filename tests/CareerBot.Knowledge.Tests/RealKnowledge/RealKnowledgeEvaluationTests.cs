using CareerBot.Knowledge.Evaluation;
using CareerBot.Knowledge.Hosting;
using CareerBot.Testing;
using Xunit.Abstractions;

namespace CareerBot.Knowledge.Tests.RealKnowledge;

/// <summary>
/// Retrieval quality on the repository's real knowledge folder and its development question set. The figures and
/// every question that misses are written to the test output, so that a failure says what to look at.
/// </summary>
public sealed class RealKnowledgeEvaluationTests(ITestOutputHelper output) : IAsyncLifetime, IDisposable
{
    private readonly string _folder = KnowledgePathResolver.ResolveFolder("knowledge", AppContext.BaseDirectory);
    private readonly TempDirectory _temp = new();
    private KnowledgeBase _knowledge = null!;

    public async Task InitializeAsync()
    {
        _knowledge = new KnowledgeBase(
            new KnowledgeOptions { Path = _folder, IndexPath = _temp.Combine("index"), WatchForChanges = false },
            new CapturingLogger<KnowledgeBase>());
        await _knowledge.LoadAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _knowledge.Dispose();
        _temp.Dispose();
    }

    [Fact]
    public void The_development_question_set_meets_the_retrieval_targets()
    {
        var report = new RetrievalEvaluator(_knowledge).EvaluateFile(Path.Combine(_folder, "eval", "questions.jsonl"));

        output.WriteLine($"recall@1 {report.RecallAt1:F3}  recall@3 {report.RecallAt3:F3}  recall@5 {report.RecallAt5:F3}  " +
            $"MRR {report.Mrr:F3}  out-of-scope FP {report.OutOfScopeFalsePositiveRate:F3}  questions {report.Questions}");
        foreach (var issue in _knowledge.Issues)
        {
            output.WriteLine(issue.ToString());
        }

        foreach (var miss in report.Results.Where(Missed))
        {
            output.WriteLine($"MISS {miss.Id} [{miss.Kind}] rank={miss.FirstHitRank?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"} " +
                $"\"{miss.Question}\" -> {string.Join(", ", miss.ReturnedSources.Take(5))}");
        }

        Assert.DoesNotContain(_knowledge.Issues, i => i.Severity == CareerBot.Knowledge.Loading.IssueSeverity.Error);
        Assert.True(report.RecallAt3 >= 0.95, $"recall@3 {report.RecallAt3:F3} < 0.95");
        Assert.True(report.Mrr >= 0.85, $"MRR {report.Mrr:F3} < 0.85");
        Assert.True(report.OutOfScopeFalsePositiveRate <= 0.05, $"out-of-scope false positives {report.OutOfScopeFalsePositiveRate:F3} > 0.05");
    }

    private static bool Missed(QuestionResult result) =>
        result.Kind == EvalQuestion.OutOfScopeKind ? result.ReturnedSources.Count > 0 : result.FirstHitRank is not (1 or 2 or 3);

    [Theory]
    // « programmer » (to code) and « programme » are not the English job title "programmer".
    [InlineData("savoir programmer, c'est obligatoire pour ce travail ?")]
    [InlineData("que contient le programme du bachelor de la Guardia School ?")]
    // « exercer » frames the question, like « devenir »: the articles speak of remote work.
    [InlineData("on peut exercer ce métier en télétravail ?")]
    public void A_question_in_the_articles_words_that_names_no_other_job_finds_passages(string question) =>
        Assert.NotEmpty(_knowledge.Search(question));
}
