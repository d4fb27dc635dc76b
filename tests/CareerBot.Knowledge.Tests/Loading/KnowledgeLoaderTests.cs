using CareerBot.Knowledge.Documents;
using CareerBot.Knowledge.Facts;
using CareerBot.Knowledge.Loading;
using CareerBot.Knowledge.Tests.Support;
using CareerBot.Knowledge.Vocabulary;

namespace CareerBot.Knowledge.Tests.Loading;

public sealed class KnowledgeLoaderTests
{
    [Fact]
    public void The_fixture_loads_without_issues()
    {
        using var folder = KnowledgeFolder.FromFixture();

        var content = KnowledgeLoader.Load(folder.Path);

        Assert.Empty(content.Issues);
        Assert.Equal(["alpha", "beta", "gamma"], content.Sources.Select(s => s.Id));
        Assert.Equal(["salary-beta-junior", "salary-alpha-junior", "degree-beta-bac5"], content.Facts.Select(f => f.Id));
        Assert.Equal(7, content.Synonyms.Count);
        Assert.Equal([FactTopic.Salary, FactTopic.Degree], content.Vocabulary.Topics.Select(t => t.Topic));
        var gamma = content.Sources.Single(s => s.Id == "gamma");
        Assert.Equal("Camille Coirault", gamma.Metadata["author"]);
        Assert.Equal("sources/gamma.md", gamma.File);
    }

    [Fact]
    public void A_missing_folder_is_a_warning_and_an_empty_knowledge_base()
    {
        using var folder = KnowledgeFolder.Empty();

        var content = KnowledgeLoader.Load(Path.Combine(folder.Path, "nowhere"));

        var issue = Assert.Single(content.Issues);
        Assert.Equal(IssueSeverity.Warning, issue.Severity);
        Assert.Contains("does not exist", issue.Message, StringComparison.Ordinal);
        Assert.Empty(content.Sources);
    }

    [Fact]
    public void An_empty_folder_warns_about_each_missing_part()
    {
        using var folder = KnowledgeFolder.Empty();

        var content = KnowledgeLoader.Load(folder.Path);

        Assert.Empty(content.Sources);
        Assert.All(content.Issues, i => Assert.Equal(IssueSeverity.Warning, i.Severity));
        Assert.Contains(content.Issues, i => i.File == "sources" && i.Message.Contains("does not exist", StringComparison.Ordinal));
        Assert.Contains(content.Issues, i => i.File == "facts.json" && i.Message.Contains("missing", StringComparison.Ordinal));
        Assert.Contains(content.Issues, i => i.File == "synonyms.txt" && i.Message.Contains("missing", StringComparison.Ordinal));
        Assert.Contains(content.Issues, i => i.File == "vocabulary.json" && i.Message == "missing; continuing without it.");
        Assert.Same(KnowledgeVocabulary.Empty, content.Vocabulary);
    }

    [Fact]
    public void A_missing_vocabulary_is_only_a_warning_and_the_rest_loads()
    {
        using var folder = KnowledgeFolder.FromFixture();
        File.Delete(System.IO.Path.Combine(folder.Path, "vocabulary.json"));

        var content = KnowledgeLoader.Load(folder.Path);

        Assert.Equal(new KnowledgeIssue(IssueSeverity.Warning, "vocabulary.json", null, "missing; continuing without it."), Assert.Single(content.Issues));
        Assert.Same(KnowledgeVocabulary.Empty, content.Vocabulary);
        Assert.Equal(3, content.Sources.Count);
        Assert.Equal(3, content.Facts.Count);
    }

    [Fact]
    public void A_file_over_the_size_cap_is_skipped_without_being_read_and_the_rest_loads()
    {
        using var folder = KnowledgeFolder.FromFixture();
        var huge = Path.Combine(folder.Path, "sources", "huge.md");
        using (var stream = File.Create(huge))
        {
            // Sparse: 50 MB on paper, nothing written; reading it whole would allocate 50 MB.
            stream.SetLength(50L * 1024 * 1024);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        var content = KnowledgeLoader.Load(folder.Path);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        var issue = Assert.Single(content.Issues);
        Assert.Equal(new KnowledgeIssue(IssueSeverity.Warning, "sources/huge.md", null,
            "file is 52,428,800 bytes, over the 5,242,880-byte cap: skipped."), issue);
        Assert.Equal(3, content.Sources.Count);
        Assert.True(allocated < 10 * 1024 * 1024, $"the load allocated {allocated:N0} bytes");
    }

    [Fact]
    public void Invalid_utf8_is_an_error_naming_the_file_the_line_and_the_byte_offset()
    {
        using var folder = KnowledgeFolder.FromFixture();
        var prefix = "---\nid: latin1\ntitle: T\nlanguage: fr\n---\n\nLe salaire d'un ing"u8.ToArray();
        folder.WriteBytes("sources/latin1.md", [.. prefix, 0xE9, .. "nieur.\n"u8.ToArray()]);

        var content = KnowledgeLoader.Load(folder.Path);

        var issue = Assert.Single(content.Issues);
        Assert.Equal(IssueSeverity.Error, issue.Severity);
        Assert.Equal("sources/latin1.md", issue.File);
        Assert.Equal(7, issue.Line);
        Assert.Contains($"invalid byte 0xE9 at byte offset {prefix.Length}", issue.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(content.Sources, s => s.Id == "latin1");
        Assert.Equal(3, content.Sources.Count);
    }

    [Theory]
    [InlineData("---\ntitle: T\nlanguage: fr\n---\ntext\n", 1, "no 'id'")]
    [InlineData("---\nid: broken\nlanguage: fr\n---\ntext\n", 1, "no 'title'")]
    [InlineData("---\nid: broken\ntitle: T\n---\ntext\n", 1, "no 'language'")]
    [InlineData("---\nid: other\ntitle: T\nlanguage: fr\n---\ntext\n", 2, "id 'other' does not match the file name 'broken.md'")]
    [InlineData("---\nid: broken\ntitle: T\nlanguage: de\n---\ntext\n", 4, "language 'de' is not 'fr' or 'en'")]
    [InlineData("no front matter\n", 1, "missing front matter")]
    [InlineData("---\nid: broken\ntitle: T\nlanguage: fr\n", 1, "not closed")]
    [InlineData("---\nid: broken\nid: broken\ntitle: T\nlanguage: fr\n---\n", 3, "given twice (first on line 2)")]
    [InlineData("---\nid: broken\njust words\ntitle: T\nlanguage: fr\n---\n", 3, "not 'key: value'")]
    public void An_invalid_source_is_skipped_with_an_error_at_its_line(string text, int line, string message)
    {
        using var folder = KnowledgeFolder.FromFixture();
        folder.Write("sources/broken.md", text);

        var content = KnowledgeLoader.Load(folder.Path);

        var issue = Assert.Single(content.Issues);
        Assert.Equal(IssueSeverity.Error, issue.Severity);
        Assert.Equal("sources/broken.md", issue.File);
        Assert.Equal(line, issue.Line);
        Assert.Contains(message, issue.Message, StringComparison.Ordinal);
        Assert.Equal(["alpha", "beta", "gamma"], content.Sources.Select(s => s.Id));
    }

    [Fact]
    public void Ids_differing_only_by_case_are_duplicates()
    {
        using var folder = KnowledgeFolder.FromFixture();
        folder.WriteSource("zeta", "Un article.");
        folder.WriteSource("Zeta", "Le même, autrement écrit.");

        var content = KnowledgeLoader.Load(folder.Path);

        var issue = Assert.Single(content.Issues);
        Assert.Equal("sources/zeta.md", issue.File);
        Assert.Contains("duplicate id 'zeta': already used by sources/Zeta.md", issue.Message, StringComparison.Ordinal);
        Assert.Equal(["Zeta", "alpha", "beta", "gamma"], content.Sources.Select(s => s.Id));
    }

    [Fact]
    public void Unknown_keys_non_markdown_files_and_unknown_attributes_are_warnings()
    {
        using var folder = KnowledgeFolder.FromFixture();
        folder.Write("sources/notes.txt", "brouillon");
        folder.Write("sources/.gitkeep", string.Empty);
        folder.Write("sources/delta.md", "---\nid: delta\ntitle: T\nlanguage: en\nmood: happy\n---\n\n## Part {kind=ads}\n\nText.\n");

        var content = KnowledgeLoader.Load(folder.Path);

        Assert.All(content.Issues, i => Assert.Equal(IssueSeverity.Warning, i.Severity));
        Assert.Contains(content.Issues, i => i.File == "sources/notes.txt");
        Assert.DoesNotContain(content.Issues, i => i.File == "sources/.gitkeep");
        Assert.Contains(content.Issues, i => i.File == "sources/delta.md" && i.Line == 5 && i.Message.Contains("'mood'", StringComparison.Ordinal));
        Assert.Contains(content.Issues, i => i.File == "sources/delta.md" && i.Line == 8 && i.Message.Contains("{kind=ads}", StringComparison.Ordinal));
        Assert.Equal("happy", content.Sources.Single(s => s.Id == "delta").Metadata["mood"]);
    }

    [Fact]
    public void A_fact_whose_source_does_not_exist_is_skipped_with_its_line()
    {
        using var folder = KnowledgeFolder.FromFixture();
        folder.Write("facts.json", """
            [
              { "id": "ok", "topic": "degree", "source": "beta", "quote": "Niveau d’études : Bac+5", "label": { "fr": "un Bac+5", "en": "a Bac+5" } },
              { "id": "ghost", "topic": "degree", "source": "nowhere", "quote": "x", "label": { "fr": "x", "en": "x" } }
            ]
            """);

        var content = KnowledgeLoader.Load(folder.Path);

        var issue = Assert.Single(content.Issues);
        Assert.Equal(new KnowledgeIssue(IssueSeverity.Error, "facts.json", 3,
            "fact 'ghost': source 'nowhere' does not exist (no valid sources/nowhere.md). Skipped."), issue);
        Assert.Equal("ok", Assert.Single(content.Facts).Id);
    }

    [Fact]
    public void A_fact_of_an_invalid_source_file_is_reported_too()
    {
        using var folder = KnowledgeFolder.FromFixture();
        File.WriteAllText(Path.Combine(folder.Path, "sources", "beta.md"), "no front matter");

        var content = KnowledgeLoader.Load(folder.Path);

        Assert.Contains(content.Issues, i => i.File == "sources/beta.md" && i.Severity == IssueSeverity.Error);
        Assert.Contains(content.Issues, i => i.File == "facts.json" && i.Message.Contains("source 'beta' does not exist", StringComparison.Ordinal));
        Assert.Equal("salary-alpha-junior", Assert.Single(content.Facts).Id);
    }

    [Fact]
    public void A_malformed_fact_sheet_is_skipped_whole_and_the_sources_still_load()
    {
        using var folder = KnowledgeFolder.FromFixture();
        folder.Write("facts.json", "[\n  { \"id\": \"a\",\n    \"topic\": \"salary\"\n  \n");

        var content = KnowledgeLoader.Load(folder.Path);

        var issue = Assert.Single(content.Issues);
        Assert.Equal("facts.json", issue.File);
        Assert.Equal(IssueSeverity.Error, issue.Severity);
        Assert.Contains("is not well-formed JSON", issue.Message, StringComparison.Ordinal);
        Assert.Empty(content.Facts);
        Assert.Equal(3, content.Sources.Count);
    }
}
