using CareerBot.Knowledge.Analysis;
using CareerBot.Knowledge.Chunking;
using CareerBot.Knowledge.Search;

namespace CareerBot.Knowledge.Tests.Search;

/// <summary>The corpus topic and its fragments, read from titles and article text alone.</summary>
public sealed class CorpusTopicTests
{
    private static Passage Article(string source, string title, string text) =>
        new($"{source}#1", source, title, null, PassageKind.Article, text);

    [Fact]
    public void A_word_said_mostly_beside_the_topic_term_is_a_fragment()
    {
        using var analyzer = new FrenchTextAnalyzer();
        var topic = new CorpusTopic(
        [
            Article("a", "Prompt engineer", "Le prompt engineer écrit des consignes. Un prompt engineer gagne bien sa vie."),
            Article("b", "Le prompt au travail", "Le salaire dépend du prompt engineer et de l'entreprise. Un engineer logiciel aussi."),
        ], analyzer);

        Assert.Contains("prompt", topic.Terms);
        // "engineer" is beside "prompt" in a title, and in 4 of its 5 occurrences in the text; "salaire" never is.
        Assert.Contains(analyzer.Terms("engineer").Single(), topic.FragmentTerms);
        Assert.DoesNotContain(analyzer.Terms("salaire").Single(), topic.FragmentTerms);
        Assert.DoesNotContain("prompt", topic.FragmentTerms);
        Assert.True(topic.IsFragment(new QueryConcept("engineer", [[analyzer.Terms("engineer").Single()]], IsSynonymGroup: false)));
        Assert.False(topic.IsFragment(new QueryConcept("software engineer", [["software", "engineer"]], IsSynonymGroup: false)));
    }

    [Fact]
    public void A_word_that_also_stands_alone_is_not_a_fragment()
    {
        using var analyzer = new FrenchTextAnalyzer();
        var topic = new CorpusTopic(
        [
            Article("a", "Prompt engineer", "Le prompt engineer écrit. Un engineer calcule. Cet engineer construit des ponts."),
            Article("b", "Le prompt", "Rien d'autre."),
        ], analyzer);

        Assert.DoesNotContain(analyzer.Terms("engineer").Single(), topic.FragmentTerms);
    }

    [Fact]
    public void A_word_that_only_follows_the_topic_in_the_text_is_not_a_fragment()
    {
        using var analyzer = new FrenchTextAnalyzer();
        var topic = new CorpusTopic(
        [
            Article("a", "Prompt engineer", "Un prompt engineer junior débute. Un prompt junior aussi."),
            Article("b", "Le prompt", "Rien d'autre."),
        ], analyzer);

        Assert.DoesNotContain(analyzer.Terms("junior").Single(), topic.FragmentTerms);
    }

    [Fact]
    public void Reader_comments_do_not_make_fragments()
    {
        using var analyzer = new FrenchTextAnalyzer();
        var topic = new CorpusTopic(
        [
            Article("a", "Prompt engineer", "Le métier change vite. Un engineer calcule."),
            new Passage("a#2", "a", "Prompt engineer", null, PassageKind.Comment, "prompt engineer, prompt engineer"),
            Article("b", "Le prompt", "Rien d'autre."),
        ], analyzer);

        Assert.DoesNotContain(analyzer.Terms("engineer").Single(), topic.FragmentTerms);
    }
}
