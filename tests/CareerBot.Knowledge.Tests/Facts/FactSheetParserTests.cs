using CareerBot.Knowledge.Facts;
using CareerBot.Knowledge.Loading;

namespace CareerBot.Knowledge.Tests.Facts;

public sealed class FactSheetParserTests
{
    private const string Label = "\"label\": { \"fr\": \"salaire\", \"en\": \"pay\" }";

    private static readonly Dictionary<string, string> Sources = new()
    {
        ["s1"] = "---\nid: s1\n---\nSalaire débutant : 5\u00A0850 € brut / mois\n",
    };

    [Fact]
    public void A_valid_salary_record_is_read_with_all_its_fields_typed()
    {
        var issues = new IssueCollector();

        var facts = FactSheetParser.Parse("""
            [{ "id": "f1", "topic": "salary", "source": "s1", "quote": "Salaire débutant : 5 850 € brut / mois",
               "label": { "fr": "5 850 € brut par mois", "en": "€5,850 gross a month" },
               "facets": { "level": "junior", "country": "FR" },
               "amount": 5850, "amountMax": null, "currency": "EUR", "period": "month", "basis": "gross" }]
            """, "facts.json", Sources, issues);

        Assert.Empty(issues.Issues);
        var fact = Assert.Single(facts);
        Assert.Equal(FactTopic.Salary, fact.Topic);
        Assert.Equal(5850m, fact.Amount);
        Assert.Equal(PayPeriod.Month, fact.Period);
        Assert.Equal(PayBasis.Gross, fact.Basis);
        Assert.Equal("FR", fact.Country);
        Assert.Equal(CareerLevel.Junior, fact.Level);
        Assert.Equal("€5,850 gross a month", fact.Label.In("en"));
        Assert.Equal("5 850 € brut par mois", fact.Label.In("fr"));
    }

    [Theory]
    [InlineData("""{ "id": "f", "topic": "rumour", "source": "s1", "quote": "Salaire", "label": { "fr": "a", "en": "b" } }""", "wrong type")]
    [InlineData("""{ "id": "f", "topic": "skills", "source": "s1", "quote": "Salaire confirmé", "label": { "fr": "a", "en": "b" } }""", "is not in sources/s1.md")]
    [InlineData("""{ "id": "f", "topic": "skills", "source": "s1", "quote": "Salaire", "label": { "fr": "a", "en": "" } }""", "'label' needs both 'fr' and 'en'")]
    [InlineData("""{ "id": "f", "topic": "skills", "source": "s1", "quote": "Salaire", "label": { "fr": "a", "en": "b" }, "facets": { "colour": "red" } }""", "facet 'colour' is not one of")]
    [InlineData("""{ "id": "f", "topic": "skills", "source": "s1", "quote": "Salaire", "label": { "fr": "a", "en": "b" }, "facets": { "level": "guru" } }""", "'level' is 'guru'")]
    [InlineData("""{ "id": "f", "topic": "skills", "source": "s1", "quote": "Salaire", "label": { "fr": "a", "en": "b" }, "facets": { "period": "month" } }""", "'period' and 'basis' are salary fields, not facets")]
    [InlineData("""{ "id": "f", "topic": "salary", "source": "s1", "quote": "Salaire", "label": { "fr": "a", "en": "b" }, "facets": { "rank": "highest" } }""", "'rank' is asked by questions; a record's amount says where it stands")]
    [InlineData("""{ "id": "f", "topic": "schools", "source": "s1", "quote": "Salaire", "label": { "fr": "a", "en": "b" }, "facets": { "uncovered": "hours" } }""", "'uncovered' names what no record covers")]
    [InlineData("""{ "id": "f", "topic": "skills", "source": "s1", "quote": "Salaire", "label": { "fr": "a", "en": "b" }, "amount": 3 }""", "only a salary record has 'amount'")]
    [InlineData("""{ "id": "f", "topic": "salary", "source": "s1", "quote": "Salaire", "label": { "fr": "a", "en": "b" }, "amount": -3, "currency": "EUR", "period": "month", "basis": "gross", "facets": { "level": "all" } }""", "'amount' must be positive")]
    [InlineData("""{ "id": "f", "topic": "salary", "source": "s1", "quote": "Salaire", "label": { "fr": "a", "en": "b" }, "amount": 3, "period": "month", "basis": "gross", "facets": { "level": "all" } }""", "needs 'currency'")]
    [InlineData("""{ "id": "f", "topic": "salary", "source": "s1", "quote": "Salaire", "label": { "fr": "a", "en": "b" }, "amount": 3, "currency": "EUR", "period": "month", "basis": "gross" }""", "a 'level' facet")]
    [InlineData("""{ "id": "f", "topic": "salary", "source": "s1", "quote": "Salaire", "label": { "fr": "a", "en": "b" }, "amount": 3, "amountMax": 2, "currency": "EUR", "period": "month", "basis": "gross", "facets": { "level": "all" } }""", "'amountMax' 2 is below 'amount' 3")]
    [InlineData("""{ "id": "f", "topic": "salary", "source": "s1", "quote": "Salaire", "label": { "fr": "a", "en": "b" }, "period": "week" }""", "wrong type")]
    [InlineData("""{ "id": "f", "topic": "salary", "source": "s1", "label": { "fr": "a", "en": "b" }, "amount": 3 }""", "missing required")]
    [InlineData("""{ "id": "f", "topic": "salary", "source": "s1", "quote": "Salaire", "label": { "fr": "a", "en": "b" }, "amount": "3" }""", "wrong type")]
    [InlineData("""{ "id": "f", "topic": "skills", "source": "s1", "quote": "Salaire", "label": { "fr": "a", "en": "b" }, "summary": "old field" }""", "wrong type")]
    [InlineData("""42""", "must be a JSON object")]
    public void An_invalid_record_is_skipped_with_an_error_at_its_line(string record, string message)
    {
        var issues = new IssueCollector();

        var facts = FactSheetParser.Parse(
            $"[\n{{ \"id\": \"ok\", \"topic\": \"skills\", \"source\": \"s1\", \"quote\": \"Salaire débutant\", {Label} }},\n{record}\n]",
            "facts.json", Sources, issues);

        Assert.Equal("ok", Assert.Single(facts).Id);
        var issue = Assert.Single(issues.Issues);
        Assert.Equal(3, issue.Line);
        Assert.Contains(message, issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_salary_without_a_stated_figure_is_valid()
    {
        var issues = new IssueCollector();

        var facts = FactSheetParser.Parse(
            $$"""[{ "id": "half", "topic": "salary", "source": "s1", "quote": "Salaire débutant", {{Label}}, "amount": null, "period": "year", "basis": "unknown", "facets": { "level": "all" } }]""",
            "facts.json", Sources, issues);

        Assert.Empty(issues.Issues);
        Assert.Null(Assert.Single(facts).Amount);
    }

    [Fact]
    public void Duplicate_ids_keep_the_first_record()
    {
        var issues = new IssueCollector();

        var facts = FactSheetParser.Parse(
            $"[\n{{ \"id\": \"a\", \"topic\": \"skills\", \"source\": \"s1\", \"quote\": \"Salaire\", {Label} }},\n{{ \"id\": \"a\", \"topic\": \"skills\", \"source\": \"s1\", \"quote\": \"brut\", {Label} }}\n]",
            "facts.json", Sources, issues);

        Assert.Equal("Salaire", Assert.Single(facts).Quote);
        Assert.Equal("facts.json:3: error: fact 'a': duplicate id (first on line 2). Skipped.", Assert.Single(issues.Issues).ToString());
    }

    [Fact]
    public void A_sheet_that_is_not_an_array_is_skipped()
    {
        var issues = new IssueCollector();

        var facts = FactSheetParser.Parse("""{ "id": "a" }""", "facts.json", Sources, issues);

        Assert.Empty(facts);
        Assert.Equal("facts.json:1: error: must be a JSON array of fact records. Skipped.", Assert.Single(issues.Issues).ToString());
    }
}
