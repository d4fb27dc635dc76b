using CareerBot.Advisor.Resources;
using CareerBot.Advisor.Tests.Support;

namespace CareerBot.Advisor.Tests.Conversation;

/// <summary>« source ? » after an answer: the articles it cites, under the numbers it cites them with.</summary>
[Collection(RealKnowledgeCollection.Name)]
public sealed class SourcesCommandTests(RealKnowledgeFixture knowledge)
{
    [Fact]
    public async Task Source_after_an_answer_lists_the_articles_it_cites_with_their_numbers_and_publisher()
    {
        await using var chat = new AdvisorChat(knowledge.Base);
        var answer = (await chat.SendAsync("combien gagne un prompt engineer aux USA ?"))[^1].Text!;

        var sources = await chat.TextAsync("source ?");

        var cited = knowledge.Base.Sources.Where(d => answer.Contains(d.Title, StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(cited);
        Assert.All(cited, d => Assert.Contains(d.Title, sources, StringComparison.Ordinal));
        Assert.Contains("[1]", sources, StringComparison.Ordinal);
        // Article 002 says who published it and when (« 02 janvier 2024 à 13h03 »): the reply says it too, the date in
        // a form either language reads.
        Assert.Contains("Clubic, Camille Coirault, 2024-01-02", sources, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("c'est de quand ces chiffres ?")]
    [InlineData("ce chiffre il sort d'où ?")]
    public async Task A_question_on_where_the_figures_come_from_lists_the_last_answer_s_articles_with_their_dates(string question)
    {
        await using var chat = new AdvisorChat(knowledge.Base);
        await chat.SendAsync("combien gagne un prompt engineer aux USA ?");

        var reply = await chat.TextAsync(question);

        Assert.StartsWith(Messages.For("fr", ConversationMessages.ResourceManager).Format(nameof(ConversationMessages.Sources_Last), string.Empty).Trim(), reply, StringComparison.Ordinal);
        Assert.Contains("2024-01-02", reply, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("C'est quand que l'article de Clubic a été publié ?")]
    [InlineData("who wrote the Clubic article?")]
    public async Task A_question_on_a_named_article_s_origin_gives_its_publisher_author_and_date(string question)
    {
        await using var chat = new AdvisorChat(knowledge.Base);

        var reply = await chat.TextAsync(question);

        Assert.Contains("Clubic, Camille Coirault, 2024-01-02", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("Fiche métier", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sources_asked_in_English_give_the_articles_dates_in_no_French_words()
    {
        await using var chat = new AdvisorChat(knowledge.Base, locale: "en-US");
        await chat.SendAsync("What does a prompt engineer do all day?");

        var sources = await chat.TextAsync("Source?");

        Assert.Matches(@"\d{4}-\d{2}-\d{2}", sources);
        Assert.DoesNotContain("Mise en ligne", sources, StringComparison.Ordinal);
        Assert.DoesNotContain("janvier", sources, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("source ?", "fr")]
    [InlineData("where does that come from?", "en")]
    public async Task Source_before_any_answer_says_how_sources_are_cited(string text, string language)
    {
        await using var chat = new AdvisorChat(knowledge.Base);

        var reply = await chat.TextAsync(text);

        Assert.Equal(Messages.For(language, ConversationMessages.ResourceManager).Get(nameof(ConversationMessages.Sources_None)), reply);
    }
}
