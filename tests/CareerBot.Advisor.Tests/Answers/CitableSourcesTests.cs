using CareerBot.Knowledge.Facts;
using CareerBot.Advisor.Answers;
using CareerBot.Advisor.Grounding;
using CareerBot.Advisor.Tests.Support;

namespace CareerBot.Advisor.Tests.Answers;

public sealed class CitableSourcesTests
{
    [Fact]
    public void Passages_come_first_then_each_fact_quote_no_passage_holds_once_in_fact_order()
    {
        var first = Build.Hit("Un junior gagne 45 000 € par an.", source: "a", n: 1, title: "Article A", heading: "Salaire");
        var second = Build.Hit("Il conçoit des requêtes.", source: "a", n: 2, title: "Article A");
        var holder = Build.Hit("Intro. Salaire confirmé : 16 150 € brut / mois. Suite.", source: "b", n: 4, title: "Article B").Passage;
        var context = Build.Context(
            [first, second],
            Build.Fact("in-passage", FactTopic.Salary, "a", "Un junior gagne 45 000 € par an."),
            Build.Fact("held", FactTopic.Salary, "b", "Salaire confirmé : 16 150 € brut / mois."),
            Build.Fact("held-again", FactTopic.Salary, "b", "Salaire  confirmé : 16 150 € brut / mois."),
            Build.Fact("nowhere", FactTopic.Employers, "c", "Les startups recrutent."));

        var sources = CitableSources.Of(context, FakeKnowledge.With([first.Passage, second.Passage, holder]));

        Assert.Equal(CitationMap.For(context).Count, sources.Count);
        Assert.Equal([1, 2, 3, 4], sources.Select(s => s.Number));
        Assert.Equal([false, false, true, true], sources.Select(s => s.IsFactQuote));
        Assert.Equal(new AnswerSource(1, "a#1", "a", "Article A", "Un junior gagne 45 000 € par an."), sources[0].ToAnswerSource());
        Assert.Equal("Salaire", sources[0].Heading);
        // A quote's passage id is the knowledge-base passage that holds it; its title, its article's.
        Assert.Equal(new AnswerSource(3, "b#4", "b", "Article B", "Salaire confirmé : 16 150 € brut / mois."), sources[2].ToAnswerSource());
        Assert.Null(sources[2].Heading);
        // No passage holds it and the article is unknown: the source id stands for both.
        Assert.Equal(new AnswerSource(4, "c", "c", "c", "Les startups recrutent."), sources[3].ToAnswerSource());
    }

    [Fact]
    public void An_empty_context_can_cite_nothing() =>
        Assert.Empty(CitableSources.Of(Build.Context(), FakeKnowledge.With([])));
}
