using CareerBot.Knowledge.Documents;
using CareerBot.Knowledge.Loading;

namespace CareerBot.Knowledge.Tests.Documents;

public sealed class SourceDocumentParserTests
{
    private const string Article = """
        ---
        id: doc
        title: Fiche métier : prompt engineer
        language: fr
        publisher: Exemple      # only when the article names it
        date: mis à jour le 12 mars 2024
        ---

        Introduction, avant tout titre,
        sur deux lignes.

        ## Missions

        Un paragraphe.

        - premier point
        - second point
          qui continue

        ### Détail

        Sous-section.

        ## Commentaires de lecteurs {kind=comments}

        Alice
        J'adore ce métier.

        ### Réponse

        Bob
        Moi aussi.

        ## Conclusion

        Fin de l'article.
        """;

    [Fact]
    public void Front_matter_and_blocks_keep_their_heading_section_kind_and_line()
    {
        var issues = new IssueCollector();

        var document = SourceDocumentParser.Parse(Article, "sources/doc.md", "doc", issues)!;

        Assert.Empty(issues.Issues);
        Assert.Equal("Fiche métier : prompt engineer", document.Title);
        Assert.Equal("fr", document.Language);
        Assert.Equal("Exemple", document.Metadata["publisher"]);
        Assert.Equal("mis à jour le 12 mars 2024", document.Metadata["date"]);
        Assert.Equal(
            [
                new SourceBlock(BlockKind.Paragraph, "Introduction, avant tout titre, sur deux lignes.", null, false, 9),
                new SourceBlock(BlockKind.Paragraph, "Un paragraphe.", "Missions", false, 14) { Section = "Missions" },
                new SourceBlock(BlockKind.ListItem, "premier point", "Missions", false, 16) { Section = "Missions" },
                new SourceBlock(BlockKind.ListItem, "second point qui continue", "Missions", false, 17) { Section = "Missions" },
                new SourceBlock(BlockKind.Paragraph, "Sous-section.", "Détail", false, 22) { Section = "Missions" },
                new SourceBlock(BlockKind.Paragraph, "Alice J'adore ce métier.", "Commentaires de lecteurs", true, 26) { Section = "Commentaires de lecteurs" },
                new SourceBlock(BlockKind.Paragraph, "Bob Moi aussi.", "Réponse", true, 31) { Section = "Commentaires de lecteurs" },
                new SourceBlock(BlockKind.Paragraph, "Fin de l'article.", "Conclusion", false, 36) { Section = "Conclusion" },
            ],
            document.Blocks);
    }

    [Fact]
    public void A_single_hash_inside_a_value_is_not_a_comment()
    {
        var issues = new IssueCollector();

        var document = SourceDocumentParser.Parse("---\nid: doc\ntitle: Les métiers #IA\nlanguage: fr\n---\ntexte\n", "sources/doc.md", "doc", issues)!;

        Assert.Equal("Les métiers #IA", document.Title);
    }

    [Fact]
    public void An_article_without_text_loads_with_a_warning()
    {
        var issues = new IssueCollector();

        var document = SourceDocumentParser.Parse("---\nid: doc\ntitle: T\nlanguage: en\n---\n", "sources/doc.md", "doc", issues);

        Assert.NotNull(document);
        var issue = Assert.Single(issues.Issues);
        Assert.Equal(IssueSeverity.Warning, issue.Severity);
        Assert.Equal("sources/doc.md: warning: the article has no text after its front matter.", issue.ToString());
    }
}
