using CareerBot.BotFramework.Builder;
using CareerBot.BotFramework.Schema;
using CareerBot.BotFramework.Schema.Entities;

namespace CareerBot.BotFramework.Tests.Builder;

public class CitedMessageTests
{
    private const string Answer = "Un développeur débutant gagne environ 35 k€ [1], davantage en Île-de-France [2].";

    private static readonly CitationSource[] Sources =
    [
        new(2, "Guide \"régions\"", "En Île-de-France, les salaires sont *plus* élevés de 15 %."),
        new(1, "Fiche métier : développeur", "Le salaire médian d'un développeur débutant est de 35 k€.", "https://exemple.fr/fiches/dev"),
    ];

    [Fact]
    public void Teams_gets_the_text_as_written_and_the_citation_entity()
    {
        var message = CitedMessage.Create(Answer, Sources, Channels.MsTeams, "fr-FR");

        Assert.Equal(ActivityTypes.Message, message.Type);
        Assert.Equal(Answer, message.Text);
        Assert.Equal("fr-FR", message.Locale);
        var entity = Assert.Single(message.Entities!);
        var ai = AIMessageEntity.FromEntity(entity)!;
        Assert.Equal([AIMessageEntity.AIGeneratedContent], ai.AdditionalType);
        Assert.Null(ai.Keywords);
        var citations = ai.Citation!;
        Assert.Equal([1, 2], citations.Select(c => c.Position));
        Assert.Equal(("Fiche métier : développeur", "https://exemple.fr/fiches/dev"), (citations[0].Appearance!.Name, citations[0].Appearance!.Url));
        Assert.Equal("En Île-de-France, les salaires sont *plus* élevés de 15 %.", citations[1].Appearance!.Abstract);
        // Teams parses appearance.text as an Adaptive Card: a plain quote there would be an error.
        Assert.All(citations, c => Assert.Null(c.Appearance!.Text));
    }

    // The Agents Playground's Teams view draws a marker as a citation only in a paragraph's own text: not in a tight
    // list item, not in strong or emphasised text.
    [Theory]
    [InlineData(
        "Les chiffres :\n- 45 000 € [1]\n- 3 100 € [2]\n  par mois\n- sans source\n\nFin [1].",
        "Les chiffres :\n- 45 000 € [1]\n\n- 3 100 € [2]\n  par mois\n\n- sans source\n\nFin [1].")]
    [InlineData(
        "1. Un [1]\n2. Deux [2]\n   - sous-point [1]\n   - autre [2]\n\nParagraphe\n- liste suivante [1]\n- encore [2]",
        "1. Un [1]\n\n2. Deux [2]\n\n   - sous-point [1]\n\n   - autre [2]\n\nParagraphe\n- liste suivante [1]\n\n- encore [2]")]
    [InlineData("- déjà [1]\n\n- espacée [2]", "- déjà [1]\n\n- espacée [2]")]
    public void Teams_lists_become_loose_so_that_each_item_is_a_paragraph(string text, string expected)
    {
        Assert.Equal(expected, CitedMessage.Create(text, Sources, Channels.MsTeams).Text);
    }

    [Theory]
    [InlineData("**45 000 € [1] et 60 000 € [2]**, *selon les régions [2]*.", "**45 000 €** [1] **et 60 000 €** [2], *selon les régions* [2].")]
    [InlineData("- **[1] Salaire**\n- __junior [1][2]__ et _débutant [2]_", "- [1] **Salaire**\n\n- __junior__ [1][2] et _débutant_ [2]")]
    [InlineData("**Étape 1/8 : le rôle**\nUn rôle [1] à part, **neuf**.", "**Étape 1/8 : le rôle**\nUn rôle [1] à part, **neuf**.")]
    // Emphasis nested in the span is kept as written; an underscore within a word is no emphasis.
    [InlineData("**45 000 € *brut* [1]**", "**45 000 € *brut* [1]**")]
    [InlineData("mon_fichier [1] et ton_fichier", "mon_fichier [1] et ton_fichier")]
    public void Teams_emphasis_around_a_marker_closes_before_it_and_opens_again_after_it(string text, string expected)
    {
        Assert.Equal(expected, CitedMessage.Create(text, Sources, Channels.MsTeams).Text);
    }

    [Fact]
    public void Teams_fenced_code_and_answers_without_sources_are_left_as_written()
    {
        const string Code = "Exemple [1] :\n\n```\n- **a [1]**\n- b [2]\n```\n\n- c [1]\n- d [2]";

        Assert.Equal("Exemple [1] :\n\n```\n- **a [1]**\n- b [2]\n```\n\n- c [1]\n\n- d [2]", CitedMessage.Create(Code, Sources, Channels.MsTeams).Text);
        Assert.Equal("- **a**\n- b", CitedMessage.Create("- **a**\n- b", [], Channels.MsTeams).Text);
    }

    [Fact]
    public void Web_Chat_keeps_its_lists_and_emphasis_as_written()
    {
        var message = CitedMessage.Create("- **45 000 € [1]**\n- 3 100 € [2]", Sources, Channels.WebChat);

        Assert.StartsWith("- **45 000 € [1]**\n- 3 100 € [2]\n\n[1]: ", message.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Channels.WebChat)]
    [InlineData(Channels.DirectLine)]
    public void Web_Chat_gets_reference_definitions_that_match_the_citations(string channelId)
    {
        var message = CitedMessage.Create(Answer, Sources, channelId, "fr-FR");

        Assert.Equal(
            Answer + "\n\n"
            + "[1]: <https://exemple.fr/fiches/dev> \"Fiche métier : développeur\"\n"
            + "[2]: cite:2 \"Guide \\\"régions\\\"\"",
            message.Text);
        Assert.Equal("markdown", message.TextFormat);
        var ai = message.GetAIMessage()!;
        Assert.Equal([AIMessageEntity.AIGeneratedContent], ai.Keywords);
        Assert.Equal([AIMessageEntity.AIGeneratedContent], ai.AdditionalType);
        // A citation without address opens its quote in Web Chat's dialog; one with an address opens the page.
        Assert.Null(ai.Citation![0].Appearance!.Text);
        Assert.Equal(Sources[0].Quote, ai.Citation[1].Appearance!.Text);
    }

    [Fact]
    public void Web_Chat_markers_written_side_by_side_stay_two_citations()
    {
        var message = CitedMessage.Create("Deux sources [1][2].", Sources, Channels.WebChat);

        Assert.StartsWith("Deux sources [1] [2].\n\n[1]: ", message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_Emulator_gets_a_visible_sources_list_with_French_typography()
    {
        var message = CitedMessage.Create(Answer + "\n", Sources, Channels.Emulator, "fr-FR");

        Assert.Equal(
            Answer + "\n\n**Sources\u00A0:**\n"
            + "\n- \\[1\\] [Fiche métier : développeur](<https://exemple.fr/fiches/dev>) — *Le salaire médian d'un développeur débutant est de 35 k€.*"
            + "\n- \\[2\\] Guide \"régions\" — *En Île-de-France, les salaires sont \\*plus\\* élevés de 15 %.*",
            message.Text);
        Assert.Equal([1, 2], message.GetAIMessage()!.Citation!.Select(c => c.Position));
    }

    [Fact]
    public void Other_locales_and_unknown_channels_get_the_English_heading()
    {
        var message = CitedMessage.Create(Answer, Sources, "slack", "en-US");

        Assert.Contains("\n\n**Sources:**\n", message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_http_addresses_become_links()
    {
        CitationSource[] sources = [new(1, "Note", "q", "javascript:alert(1)"), new(2, "Fichier", "q", "file:///etc/passwd"), new(3, "Relatif", "q", "/fiches/dev")];

        var webChat = CitedMessage.Create("a [1] b [2] c [3]", sources, Channels.WebChat);

        Assert.EndsWith("[1]: cite:1 \"Note\"\n[2]: cite:2 \"Fichier\"\n[3]: cite:3 \"Relatif\"", webChat.Text, StringComparison.Ordinal);
        Assert.All(webChat.GetAIMessage()!.Citation!, c => Assert.Null(c.Appearance!.Url));
    }

    [Fact]
    public void Without_sources_the_text_is_unchanged_and_only_the_AI_label_remains()
    {
        var message = CitedMessage.Create("Bonjour !", [], Channels.Emulator);

        Assert.Equal("Bonjour !", message.Text);
        var ai = message.GetAIMessage()!;
        Assert.Null(ai.Citation);
        Assert.Equal([AIMessageEntity.AIGeneratedContent], ai.AdditionalType);
        Assert.Null(CitedMessage.Create("Bonjour !", [], Channels.MsTeams, aiGenerated: false).Entities);
    }

    [Fact]
    public void A_source_without_title_or_with_a_number_below_one_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => CitedMessage.Create("x", [new CitationSource(1, " ", "q")], Channels.MsTeams));
        Assert.Throws<ArgumentOutOfRangeException>(() => CitedMessage.Create("x", [new CitationSource(0, "t", "q")], Channels.MsTeams));
    }
}
