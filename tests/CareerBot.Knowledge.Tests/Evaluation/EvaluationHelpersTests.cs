using CareerBot.Knowledge.Evaluation;

namespace CareerBot.Knowledge.Tests.Evaluation;

public sealed class EvaluationHelpersTests
{
    [Theory]
    [InlineData("Le salaire est de 5 850 € brut.", true)]
    [InlineData("Le salaire est de 5850€ BRUT.", true)]
    [InlineData("Le junior touche 45\u202F000 € brut par an.", true)]
    [InlineData("Le salaire est de 5 850 € net.", false)]
    [InlineData("Brut.", false)]
    public void Expected_facts_need_every_entry_and_one_alternative_of_each(string answer, bool expected) =>
        Assert.Equal(expected, FactMatcher.ContainsAll(answer, ["5 850|45 000", "brut"]));

    [Theory]
    [InlineData("Un cœur de métier", "coeur de metier", true)]
    [InlineData("l’IA générative", "l'IA generative", true)]
    [InlineData("€45,000 par an", "45 000", true)]
    [InlineData("45 000 € par an", "5 000", false)]
    public void Facts_compare_folded_and_figures_by_their_digits(string answer, string fact, bool expected) =>
        Assert.Equal(expected, FactMatcher.ContainsAll(answer, [fact]));

    [Fact]
    public void A_bad_question_line_is_reported_with_its_number()
    {
        var error = Assert.Throws<FormatException>(() => EvalQuestionReader.Read(new StringReader(
            "{\"id\": \"q1\", \"question\": \"?\", \"kind\": \"out_of_scope\"}\n{ not json\n"), "questions.jsonl"));

        Assert.StartsWith("questions.jsonl:2:", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"id\": \"q1\", \"question\": \"?\", \"kind\": \"answerable\", \"expected_sources\": []}", "names no expected source")]
    [InlineData("{\"id\": \"q1\", \"question\": \"?\", \"kind\": \"out_of_scope\"}\n{\"id\": \"q1\", \"question\": \"!\", \"kind\": \"out_of_scope\"}", "duplicate question id 'q1'")]
    public void Inconsistent_question_sets_are_refused(string lines, string message)
    {
        var error = Assert.Throws<FormatException>(() => EvalQuestionReader.Read(new StringReader(lines)));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_question_format_of_the_readme_is_read()
    {
        var question = Assert.Single(EvalQuestionReader.Read(new StringReader(
            """{"id": "q001", "question": "c'est quoi un prompt engineer", "language": "fr", "kind": "answerable", "expected_sources": ["a", "b"], "expected_facts": ["5 850|45 000"]}""")));

        Assert.Equal("q001", question.Id);
        Assert.Equal("fr", question.Language);
        Assert.False(question.IsOutOfScope);
        Assert.Equal(["a", "b"], question.ExpectedSources);
        Assert.Equal(["5 850|45 000"], question.ExpectedFacts);
    }
}
