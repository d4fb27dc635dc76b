namespace CareerBot.Knowledge.Tests.Content;

/// <summary>The checks themselves: they must tell a faithful text from an altered one.</summary>
public sealed class ContentCheckTests
{
    private const string Sample = """
        ---
        id: sample
        title: Titre : avec deux-points
        language: fr
        ---

        Intro
        sur deux lignes.

        ## Salaire

        - Salaire débutant : 5 850 € brut / mois

        ## Commentaires {kind=comments}

        lecteur
        Un avis.

        ## Suite

        Texte.
        """;

    [Fact]
    public void Normalize_folds_every_kind_of_space_and_nothing_else()
    {
        Assert.Equal("a b c d", ContentText.Normalize(" a\u00a0b\u202f\n c\t\u2009d "));
        Assert.NotEqual(ContentText.Normalize("l'IA"), ContentText.Normalize("l’IA"));
    }

    [Fact]
    public void Figures_match_across_spaces_but_not_inside_other_numbers()
    {
        Assert.True(ContentText.ContainsFigure("Salaire débutant : 5\u00a0850 € brut / mois", "5850"));
        Assert.True(ContentText.ContainsFigure("entre 45 000 € et 60 000 €", "60000"));
        Assert.False(ContentText.ContainsFigure("Salaire débutant : 5 851 € brut / mois", "5850"));
        Assert.False(ContentText.ContainsFigure("15 850 €", "5850"));
    }

    [Fact]
    public void Seed_html_line_breaks_and_no_break_spaces_read_as_whitespace()
    {
        Assert.Equal("« ingénieur en prompt » MDR", ContentText.NormalizeSeed("«&nbsp;ingénieur en prompt&nbsp;»<br /> MDR"));
    }

    [Fact]
    public void Source_parser_reads_front_matter_blocks_and_the_comment_section()
    {
        var source = SourceFile.Parse("sample.md", Sample);

        Assert.Empty(source.Errors);
        Assert.Equal("Titre : avec deux-points", source.FrontMatter["title"]);
        Assert.Equal(
            [
                (SourceBlockKind.Paragraph, "Intro\nsur deux lignes.", false),
                (SourceBlockKind.Heading, "Salaire", false),
                (SourceBlockKind.ListItem, "Salaire débutant : 5 850 € brut / mois", false),
                (SourceBlockKind.Heading, "Commentaires", false),
                (SourceBlockKind.Paragraph, "lecteur\nUn avis.", true),
                (SourceBlockKind.Heading, "Suite", false),
                (SourceBlockKind.Paragraph, "Texte.", false),
            ],
            source.Blocks.Select(b => (b.Kind, b.Text, b.IsComment)));
    }

    [Fact]
    public void Source_parser_reports_a_missing_front_matter_with_the_line()
    {
        var source = SourceFile.Parse("broken.md", "Texte sans front matter.\n");

        Assert.Contains("broken.md:1: the file does not start with a '---' front matter block", source.Errors);
    }
}
