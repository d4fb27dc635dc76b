using CareerBot.Knowledge.Facts;
using CareerBot.Knowledge.Loading;

namespace CareerBot.Knowledge.Tests.Facts;

public sealed class FactSheetParserTests
{
    private static readonly Dictionary<string, string> Sources = new()
    {
        ["s1"] = "---\nid: s1\n---\nSalaire débutant : 5\u00A0850 € brut / mois\n",
    };

    [Fact]
    public void A_valid_salary_record_is_read_with_all_its_fields()
    {
        var issues = new IssueCollector();

        var facts = FactSheetParser.Parse("""
            [{ "id": "f1", "kind": "salary", "source": "s1", "quote": "Salaire débutant : 5 850 € brut / mois",
               "summary": "Salaire débutant", "amount": 5850, "amountMax": null, "currency": "EUR", "period": "month",
               "basis": "gross", "level": "junior", "country": "FR", "note": "kept" }]
            """, "facts.json", Sources, issues);

        Assert.Empty(issues.Issues);
        var fact = Assert.Single(facts);
        Assert.Equal(5850m, fact.Amount);
        Assert.Equal("month", fact.Period);
        Assert.Equal("FR", fact.Country);
        Assert.Equal("kept", fact.Extra!["note"].GetString());
    }

    [Theory]
    [InlineData("""{ "id": "f", "kind": "rumour", "source": "s1", "quote": "Salaire" }""", "kind 'rumour' is not one of")]
    [InlineData("""{ "id": "f", "kind": "skill", "source": "s1", "quote": "Salaire confirmé" }""", "is not in sources/s1.md")]
    [InlineData("""{ "id": "f", "kind": "salary", "source": "s1", "quote": "Salaire", "amount": -3, "currency": "EUR", "period": "month", "basis": "gross", "level": "all" }""", "'amount' must be positive")]
    [InlineData("""{ "id": "f", "kind": "salary", "source": "s1", "quote": "Salaire", "amount": 3, "period": "month", "basis": "gross", "level": "all" }""", "needs 'currency'")]
    [InlineData("""{ "id": "f", "kind": "salary", "source": "s1", "quote": "Salaire", "amount": 3, "amountMax": 2, "currency": "EUR", "period": "month", "basis": "gross", "level": "all" }""", "'amountMax' 2 is below 'amount' 3")]
    [InlineData("""{ "id": "f", "kind": "salary", "source": "s1", "quote": "Salaire", "period": "week" }""", "'period' is 'week'")]
    [InlineData("""{ "id": "f", "kind": "salary", "source": "s1", "amount": 3 }""", "missing required")]
    [InlineData("""{ "id": "f", "kind": "salary", "source": "s1", "quote": "Salaire", "amount": "3" }""", "wrong type")]
    [InlineData("""42""", "must be a JSON object")]
    public void An_invalid_record_is_skipped_with_an_error_at_its_line(string record, string message)
    {
        var issues = new IssueCollector();

        var facts = FactSheetParser.Parse(
            $"[\n{{ \"id\": \"ok\", \"kind\": \"skill\", \"source\": \"s1\", \"quote\": \"Salaire débutant\" }},\n{record}\n]",
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
            """[{ "id": "half", "kind": "salary", "source": "s1", "quote": "Salaire débutant", "amount": null, "period": "year", "basis": "unknown", "level": "all" }]""",
            "facts.json", Sources, issues);

        Assert.Empty(issues.Issues);
        Assert.Null(Assert.Single(facts).Amount);
    }

    [Fact]
    public void Duplicate_ids_keep_the_first_record()
    {
        var issues = new IssueCollector();

        var facts = FactSheetParser.Parse(
            "[\n{ \"id\": \"a\", \"kind\": \"skill\", \"source\": \"s1\", \"quote\": \"Salaire\" },\n{ \"id\": \"a\", \"kind\": \"skill\", \"source\": \"s1\", \"quote\": \"brut\" }\n]",
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
