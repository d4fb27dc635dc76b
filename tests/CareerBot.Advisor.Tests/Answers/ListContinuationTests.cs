using CareerBot.Advisor.Answers;
using CareerBot.Knowledge.Chunking;
using CareerBot.Knowledge.Search;

namespace CareerBot.Advisor.Tests.Answers;

public sealed class ListContinuationTests
{
    private static readonly Passage Intro = Article("s#3", "Les offres se trouvent sur les pages classiques comme :", "Où chercher");
    private static readonly Passage List = Article("s#4", "- LinkedIn en premier lieu ;\n- Indeed.com ;\n- ou le site de l'Apec.", "Où chercher");
    private static readonly Passage Other = Article("s#5", "Il peut être utile de consulter les pages des GAFAM.", "Où chercher");
    private static readonly Passage[] All = [Intro, List, Other];

    [Fact]
    public void A_passage_ending_with_a_colon_brings_the_list_that_follows_it()
    {
        var hits = ListContinuation.Complete([Hit(Intro, 1), Hit(Other, 2)], All);

        Assert.Equal(["s#3", "s#4", "s#5"], hits.Select(h => h.Passage.Id));
        Assert.Equal([1, 2, 3], hits.Select(h => h.Rank));
        Assert.Same(hits[1], ListContinuation.ListAfter(hits[0], hits));
        Assert.Equal("LinkedIn en premier lieu ; Indeed.com ; ou le site de l'Apec.", ListContinuation.Items(hits[1].Passage));
    }

    [Fact]
    public void Nothing_is_added_when_the_list_is_already_there_or_in_another_section()
    {
        var already = ListContinuation.Complete([Hit(List, 1), Hit(Intro, 2)], All);
        var elsewhere = ListContinuation.Complete([Hit(Intro, 1)], [Intro, List with { Section = "Salaire" }]);

        Assert.Equal(["s#4", "s#3"], already.Select(h => h.Passage.Id));
        Assert.Equal(["s#3"], elsewhere.Select(h => h.Passage.Id));
        Assert.Null(ListContinuation.ListAfter(elsewhere[0], elsewhere));
    }

    private static Passage Article(string id, string text, string section) =>
        new(id, "s", "Source", section, PassageKind.Article, text) { Section = section };

    private static SearchHit Hit(Passage passage, int rank) => new(passage, 10.0 / rank, rank, 1.0);
}
