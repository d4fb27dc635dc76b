using CareerBot.Knowledge.Facts;
using CareerBot.Knowledge.Loading;
using CareerBot.Knowledge.Tests.Support;
using CareerBot.Knowledge.Vocabulary;

namespace CareerBot.Knowledge.Tests.Vocabulary;

/// <summary>vocabulary.json read through the loader: what a valid file gives, and how each kind of mistake is reported.</summary>
public sealed class VocabularyLoadingTests
{
    private const string Salary = """
        { "id": "salary", "terms": ["salaire", "how much"],
          "lead": { "fr": "Côté salaire, les sources indiquent", "en": "On pay, the sources give" },
          "title": { "fr": "Salaires", "en": "Salaries" },
          "ask": { "fr": "Quel salaire ?", "en": "What salary?" },
          "next": ["career", "selfTraining"] }
        """;

    [Fact]
    public void A_valid_vocabulary_loads_every_part()
    {
        using var folder = KnowledgeFolder.FromFixture();
        folder.Write("vocabulary.json", $$"""
            {
              // comments and trailing commas are allowed
              "topics": [{{Salary}},],
              "facets": {
                "country": { "FR": ["france", "french", " "], "JP": ["japon", "japan"] },
                "level": { "junior": ["junior", "débutant"] }
              },
              "followUp": { "fr": ["et pour", "et en"], "en": ["what about"] },
              "contrary": ["le contraire", "the opposite"],
              "allFigures": ["tous les chiffres", "all figures"],
              "more": ["dis-m'en plus", "what else"],
              "subject": ["prompt engineer", "métier"],
              "reference": ["lui", "they"],
              "spellings": { "cb": "combien", "kel": "quel" }
            }
            """);

        var content = KnowledgeLoader.Load(folder.Path);

        Assert.Empty(content.Issues);
        var vocabulary = content.Vocabulary;
        var salary = Assert.Single(vocabulary.Topics);
        Assert.Equal(FactTopic.Salary, salary.Topic);
        Assert.Equal(["salaire", "how much"], salary.Terms);
        Assert.Equal("On pay, the sources give", salary.Lead.In("en"));
        Assert.Equal("Salaires", salary.Title.In("fr"));
        Assert.Equal("What salary?", salary.Ask.In("en"));
        Assert.Equal([FactTopic.Career, FactTopic.SelfTraining], salary.Next);
        Assert.Equal(["country", "level"], vocabulary.Facets.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["france", "french"], vocabulary.Facets["country"]["FR"]);
        Assert.Equal(["japon", "japan"], vocabulary.Facets["country"]["JP"]);
        Assert.Equal(["junior", "débutant"], vocabulary.Facets["level"]["junior"]);
        Assert.Equal(["et pour", "et en", "what about"], vocabulary.FollowUp);
        Assert.Equal(["le contraire", "the opposite"], vocabulary.Contrary);
        Assert.Equal(["tous les chiffres", "all figures"], vocabulary.AllFigures);
        Assert.Equal(["dis-m'en plus", "what else"], vocabulary.More);
        Assert.Equal(["prompt engineer", "métier"], vocabulary.Subject);
        Assert.Equal(["lui", "they"], vocabulary.Reference);
        Assert.Equal("combien", vocabulary.Spellings["cb"]);
        Assert.Equal("quel", vocabulary.Spellings["kel"]);
    }

    [Fact]
    public void The_fixture_vocabulary_has_its_topics_and_facets()
    {
        using var folder = KnowledgeFolder.FromFixture();

        var vocabulary = KnowledgeLoader.Load(folder.Path).Vocabulary;

        Assert.Equal([FactTopic.Salary, FactTopic.Degree], vocabulary.Topics.Select(t => t.Topic));
        Assert.Contains("débutant", vocabulary.Facets[FacetNames.Level]["junior"]);
        Assert.Contains("all figures", vocabulary.AllFigures);
    }

    [Theory]
    [InlineData("""{ "id": "rumours", "terms": ["bruit"], "lead": { "fr": "a", "en": "b" }, "title": { "fr": "a", "en": "b" }, "ask": { "fr": "a", "en": "b" } }""",
        "topic 'rumours' is not one of")]
    [InlineData("""{ "id": "Salary", "terms": ["paie"], "lead": { "fr": "a", "en": "b" }, "title": { "fr": "a", "en": "b" }, "ask": { "fr": "a", "en": "b" } }""",
        "topic 'Salary' is not one of")]
    [InlineData("""{ "id": "degree", "terms": ["diplôme"], "lead": { "fr": "a", "en": "b" }, "title": { "fr": "a", "en": "b" }, "ask": { "fr": "a", "en": "b" }, "next": ["salary", "hobbies"] }""",
        "topic 'degree': next topic 'hobbies' does not exist")]
    [InlineData("""{ "id": "degree", "terms": ["diplôme"], "lead": { "fr": "a", "en": "b" }, "title": { "fr": "a", "en": "b" }, "ask": { "fr": "a", "en": "b" }, "next": ["7"] }""",
        "topic 'degree': next topic '7' does not exist")]
    [InlineData("null", "a topic entry is null")]
    [InlineData("""{ "id": "degree", "terms": ["diplôme"], "lead": { "fr": "a", "en": "" }, "title": { "fr": "a", "en": "b" }, "ask": { "fr": "a", "en": "b" } }""",
        "topic 'degree' needs 'terms' and 'lead', 'title', 'ask' in 'fr' and 'en'")]
    [InlineData("""{ "id": "degree", "terms": [], "lead": { "fr": "a", "en": "b" }, "title": { "fr": "a", "en": "b" }, "ask": { "fr": "a", "en": "b" } }""",
        "topic 'degree' needs 'terms'")]
    public void An_invalid_topic_entry_is_an_error_naming_the_file_and_only_it_is_skipped(string entry, string message)
    {
        using var folder = KnowledgeFolder.FromFixture();
        folder.Write("vocabulary.json", $$"""{ "topics": [{{Salary}}, {{entry}}], "contrary": ["le contraire"] }""");

        var content = KnowledgeLoader.Load(folder.Path);

        var issue = Assert.Single(content.Issues);
        Assert.Equal(IssueSeverity.Error, issue.Severity);
        Assert.Equal("vocabulary.json", issue.File);
        Assert.Contains(message, issue.Message, StringComparison.Ordinal);
        Assert.EndsWith("Skipped.", issue.Message, StringComparison.Ordinal);
        Assert.Equal(FactTopic.Salary, Assert.Single(content.Vocabulary.Topics).Topic);
        Assert.Equal(["le contraire"], content.Vocabulary.Contrary);
        Assert.Equal(3, content.Facts.Count);
    }

    [Fact]
    public void An_unknown_facet_name_is_an_error_naming_the_file_and_only_that_facet_is_skipped()
    {
        using var folder = KnowledgeFolder.FromFixture();
        folder.Write("vocabulary.json", """
            { "facets": { "colour": { "red": ["rouge", "red"] }, "country": { "FR": ["france"] } } }
            """);

        var content = KnowledgeLoader.Load(folder.Path);

        var issue = Assert.Single(content.Issues);
        Assert.Equal(IssueSeverity.Error, issue.Severity);
        Assert.Equal("vocabulary.json", issue.File);
        Assert.Contains("facet 'colour' is not one of", issue.Message, StringComparison.Ordinal);
        Assert.Equal(["country"], content.Vocabulary.Facets.Keys);
        Assert.Equal(["france"], content.Vocabulary.Facets["country"]["FR"]);
    }

    [Theory]
    [InlineData("{ \"topics\": [\n  { \"id\": \"salary\",\n")]
    [InlineData("{ \"topics\": \"salary\" }")]
    [InlineData("[\"salaire\"]")]
    public void A_malformed_vocabulary_is_skipped_whole_with_an_error_and_the_rest_loads(string text)
    {
        using var folder = KnowledgeFolder.FromFixture();
        folder.Write("vocabulary.json", text);

        var content = KnowledgeLoader.Load(folder.Path);

        var issue = Assert.Single(content.Issues);
        Assert.Equal(IssueSeverity.Error, issue.Severity);
        Assert.Equal("vocabulary.json", issue.File);
        Assert.NotNull(issue.Line);
        Assert.Contains("is not well-formed JSON", issue.Message, StringComparison.Ordinal);
        Assert.Same(KnowledgeVocabulary.Empty, content.Vocabulary);
        Assert.Equal(3, content.Sources.Count);
        Assert.Equal(3, content.Facts.Count);
    }

    [Theory]
    [InlineData("""{ "facets": { "country": null, "level": { "junior": ["junior"] } } }""", "facet 'country' has no values")]
    [InlineData("""{ "facets": { "country": { "FR": null }, "level": { "junior": ["junior"] } } }""", null)]
    [InlineData("""{ "followUp": { "fr": null, "en": ["what about"] }, "facets": { "level": { "junior": ["junior"] } } }""", null)]
    public void Null_values_are_reported_or_read_as_empty_and_never_break_the_load(string text, string? message)
    {
        using var folder = KnowledgeFolder.FromFixture();
        folder.Write("vocabulary.json", text);

        var content = KnowledgeLoader.Load(folder.Path);

        if (message is null)
        {
            Assert.Empty(content.Issues);
        }
        else
        {
            var issue = Assert.Single(content.Issues);
            Assert.Equal("vocabulary.json", issue.File);
            Assert.Contains(message, issue.Message, StringComparison.Ordinal);
        }

        Assert.Equal(["junior"], content.Vocabulary.Facets["level"]["junior"]);
        Assert.Equal(3, content.Facts.Count);
    }
}
