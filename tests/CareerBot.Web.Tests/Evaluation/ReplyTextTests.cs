using CareerBot.BotFramework.Builder;
using CareerBot.BotFramework.Schema;
using CareerBot.Web.Evaluation;

namespace CareerBot.Web.Tests.Evaluation;

public sealed class ReplyTextTests
{
    private const string Answer = "Un junior gagne entre 45\u202F000 € et 60\u202F000 € brut par an [1], soit 3\u00A0100 € par mois selon une autre source [2].";

    private static readonly CitationSource[] Sources =
    [
        new(1, "Fiche métier : prompt engineer", "En France, un prompt engineer junior peut espérer 45 000 €", "https://example.org/fiche"),
        new(2, "Prompt Engineer", "3 100 euros bruts mensuels environ"),
    ];

    [Theory]
    [InlineData("45 000")]
    [InlineData("45,000")]
    [InlineData("45000")]
    [InlineData("45.000")]
    [InlineData("BRUT PAR AN")]
    [InlineData("brut   par an")]
    public void An_expected_fact_is_found_whatever_its_case_spacing_or_digit_grouping(string fact) =>
        Assert.Empty(ReplyText.MissingGroups(Answer, [fact]));

    [Fact]
    public void Accents_are_ignored_both_ways() =>
        Assert.Empty(ReplyText.MissingGroups("Les États-Unis et la sécurité", ["etats-unis", "SÉCURITÉ"]));

    [Fact]
    public void Each_group_needs_one_of_its_alternatives()
    {
        var missing = ReplyText.MissingGroups(Answer, ["300 000|45 000", "175 000|335 000"]);

        Assert.Equal(["175 000|335 000"], missing);
    }

    [Theory]
    [InlineData("5 000")]
    [InlineData("4 500")]
    [InlineData("000")]
    [InlineData("100")]
    [InlineData("202")]
    public void A_figure_is_compared_by_value_not_as_part_of_a_longer_number(string figure) =>
        Assert.Equal([figure], ReplyText.MissingGroups("Entre 45 000 € et 3 100 € en 2024 [1].", [figure]));

    [Fact]
    public void A_citation_marker_number_is_not_a_figure_of_the_text() =>
        Assert.Empty(ReplyText.FoundForbidden("Voir la source [3].", ["3 100"]));

    [Fact]
    public void Forbidden_strings_are_found_by_value_too()
    {
        var found = ReplyText.FoundForbidden("Aux USA : jusqu'à 335,000 $ par an", ["335 000", "175 000", "Microsoft"]);

        Assert.Equal(["335 000"], found);
    }

    [Theory]
    [InlineData(Channels.WebChat)]
    [InlineData(Channels.DirectLine)]
    [InlineData(Channels.Emulator)]
    [InlineData(Channels.MsTeams)]
    public void The_body_is_the_text_before_the_sources_each_channel_appends(string channel)
    {
        var reply = CitedMessage.Create(Answer, Sources, channel, "fr-FR");

        var body = ReplyText.Body(reply.Text);

        Assert.Equal(Answer, body);
        Assert.DoesNotContain("Fiche métier", body, StringComparison.Ordinal);
    }

    [Fact]
    public void The_body_of_an_english_sources_list_stops_at_its_heading()
    {
        var reply = CitedMessage.Create("A junior earns €45,000 [1].", Sources, Channels.Emulator, "en-US");

        Assert.Equal("A junior earns €45,000 [1].", ReplyText.Body(reply.Text));
    }

    [Theory]
    [InlineData(Channels.WebChat)]
    [InlineData(Channels.Emulator)]
    [InlineData(Channels.MsTeams)]
    public void Markers_and_entity_citations_numbered_from_one_pass(string channel)
    {
        var reply = CitedMessage.Create(Answer, Sources, channel, "fr-FR");

        var markers = ReplyText.Markers(ReplyText.Body(reply.Text));

        Assert.Equal([1, 2], markers);
        Assert.Equal([1, 2], ReplyText.EntityCitations(reply));
        Assert.True(ReplyText.CitationsNumbered(markers, ReplyText.EntityCitations(reply)));
    }

    [Theory]
    [InlineData(new[] { 2, 1 }, new[] { 1, 2 })]
    [InlineData(new[] { 1, 3 }, new[] { 1, 3 })]
    [InlineData(new[] { 1, 2 }, new[] { 1, 2, 3 })]
    [InlineData(new int[0], new[] { 1 })]
    public void Markers_out_of_order_with_gaps_or_unmatched_by_the_entity_fail(int[] markers, int[] entity) =>
        Assert.False(ReplyText.CitationsNumbered(markers, entity));

    [Fact]
    public void A_reply_without_citations_passes_and_repeated_markers_count_once()
    {
        Assert.True(ReplyText.CitationsNumbered([], []));
        Assert.Equal([1, 2], ReplyText.Markers("a [1] b [2] c [1] [2]"));
        Assert.True(ReplyText.CitationsNumbered(ReplyText.Markers("a [1] b [2] c [1]"), []));
    }

    [Fact]
    public void Escaped_brackets_and_link_texts_are_not_markers() =>
        Assert.Empty(ReplyText.Markers(@"- \[1\] [3](https://example.org) texte"));

    [Fact]
    public void Words_leave_out_markers_and_markdown()
    {
        Assert.Equal(4, ReplyText.WordCount("**Un junior** gagne [1] 45 000 € [2]."));
        Assert.Equal(4, ReplyText.WordCount("- voir [la fiche](https://example.org/x) *ici*"));
        Assert.Equal(0, ReplyText.WordCount(string.Empty));
    }

    [Fact]
    public void A_figure_is_two_digits_or_more()
    {
        Assert.True(ReplyText.HasFigure("environ 45 000 €"));
        Assert.False(ReplyText.HasFigure("Je ne parle que du métier de prompt engineer (1 sujet)."));
    }

    [Theory]
    [InlineData("A junior prompt engineer in France earns between €45,000 and €60,000 a year [1].", true)]
    [InlineData("In the US, salaries can exceed $300,000 « pour les experts les plus reconnus » [1].", true)]
    [InlineData("According to Olivier P., it is « un degré de vigilance et d'attention élevé » rather than stress [2].", true)]
    [InlineData("The Guardia School offers a Bachelor in 3 years and a Master « Expert cybersécurité » [1].", true)]
    [InlineData("Un prompt engineer junior gagne entre 45 000 € et 60 000 € par an [1].", false)]
    [InlineData("Voici ce que disent mes sources : « the best » [1]", false)]
    [InlineData("45 000 € [1]", false)]
    [InlineData("Here is what my sources say:\n\n**Ingénierie de prompts : un nouveau métier à distance**\nThe pay ranges from €2,500 to €6,000 a month [1].", true)]
    [InlineData("Here is what my sources say:\n- Jeu vidéo : des références comme Ubisoft et les équipes de recherche [1]", false)]
    public void English_is_the_bodys_own_words_without_quotes_and_names(string body, bool english) =>
        Assert.Equal(english, ReplyText.IsEnglish(body));
}
