using CareerBot.Knowledge.Chunking;
using CareerBot.Knowledge.Tests.Support;

namespace CareerBot.Knowledge.Tests.Search;

/// <summary>Ranking rules checked on purpose-built articles.</summary>
public sealed class RankingRulesTests
{
    [Fact]
    public async Task A_reader_comment_ranks_below_the_same_text_in_the_article()
    {
        using var folder = KnowledgeFolder.Empty();
        folder.WriteSource("only", """
            ## Salaire du prompt engineer

            Un prompt engineer gagne bien sa vie dans une start-up.

            ## Commentaires {kind=comments}

            Un prompt engineer gagne bien sa vie dans une start-up.
            """, title: "Prompt engineer");
        using var knowledge = folder.CreateKnowledgeBase();
        await knowledge.LoadAsync();

        var hits = knowledge.Search("start-up prompt engineer");

        Assert.Equal([PassageKind.Article, PassageKind.Comment], hits.Select(h => h.Passage.Kind));
        Assert.Equal(hits[0].Relevance * 0.5, hits[1].Relevance, 6);
        Assert.True(hits[1].Score < hits[0].Score);
    }

    [Fact]
    public async Task The_section_heading_is_searched_as_context()
    {
        using var folder = KnowledgeFolder.Empty();
        folder.WriteSource("only", """
            ## Télétravail du prompt engineer

            Beaucoup de missions se font depuis la maison.

            ## Salaire

            Le salaire varie.
            """, title: "Prompt engineer");
        using var knowledge = folder.CreateKnowledgeBase();
        await knowledge.LoadAsync();

        var hit = Assert.Single(knowledge.Search("télétravail"));

        Assert.Equal("Beaucoup de missions se font depuis la maison.", hit.Passage.Text);
        Assert.Equal("Télétravail du prompt engineer", hit.Passage.Heading);
    }

    [Fact]
    public async Task A_passage_covering_the_whole_question_beats_one_repeating_a_word()
    {
        using var folder = KnowledgeFolder.Empty();
        folder.WriteSource("only", """
            Salaire, salaire, salaire : le salaire fait parler, le salaire fait rêver, salaire encore.

            Un prompt engineer junior touche un salaire correct.
            """, title: "Prompt engineer");
        using var knowledge = folder.CreateKnowledgeBase();
        await knowledge.LoadAsync();

        var hits = knowledge.Search("salaire junior");

        Assert.Equal("only#2", hits[0].Passage.Id);
    }

    [Fact]
    public async Task Passages_of_another_section_come_before_the_third_of_the_same_one()
    {
        using var folder = KnowledgeFolder.Empty();
        folder.WriteSource("only", """
            ## Outils

            - Outils : ChatGPT et Claude pour le prompt engineer au quotidien, outils d'écriture et outils de test.

            Outils de suivi, outils de versionnage, outils partagés du prompt engineer.

            Outils internes, outils externes, outils du prompt engineer.

            ## Quotidien

            Au quotidien, le prompt engineer choisit ses outils.
            """, title: "Prompt engineer");
        using var knowledge = folder.CreateKnowledgeBase();
        await knowledge.LoadAsync();

        var hits = knowledge.Search("outils prompt engineer", 4);

        Assert.Equal("Quotidien", hits[2].Passage.Section);
        Assert.All(hits.Take(2), h => Assert.Equal("Outils", h.Passage.Section));
    }
}
