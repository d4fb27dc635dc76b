using CareerBot.Knowledge.Chunking;
using CareerBot.Knowledge.Tests.Support;

namespace CareerBot.Knowledge.Tests.Search;

/// <summary>Search over the fixture knowledge folder (three articles, synonyms, comments), through the real index.</summary>
public sealed class SearchTests : IAsyncLifetime
{
    private readonly KnowledgeFolder _folder = KnowledgeFolder.FromFixture();
    private KnowledgeBase _knowledge = null!;

    public async Task InitializeAsync()
    {
        _knowledge = _folder.CreateKnowledgeBase();
        await _knowledge.LoadAsync();
    }

    public Task DisposeAsync()
    {
        _knowledge.Dispose();
        _folder.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public void Synonyms_find_the_salary_of_a_beginner_whatever_the_words()
    {
        var hits = _knowledge.Search("Combien est payé un ingénieur en prompts débutant ?");

        Assert.True(hits[0].Passage.Id is "beta#2" or "alpha#8", hits[0].Passage.Id);
        Assert.Contains(hits.Take(3), h => h.Passage.Id == "beta#2");
        Assert.Contains(hits.Take(3), h => h.Passage.Id == "alpha#8");
    }

    [Fact]
    public void A_multi_word_synonym_is_one_concept_whichever_phrase_is_used()
    {
        var english = Ids("salaire prompt engineer");
        var french = Ids("salaire ingénieur prompt");
        var plural = Ids("salaire des ingénieurs en prompts");

        Assert.NotEmpty(english);
        Assert.Equal(english, french);
        Assert.Equal(english, plural);
    }

    [Fact]
    public void An_English_question_finds_the_French_passages()
    {
        var hits = _knowledge.Search("How much does a prompt engineer earn per month?");

        Assert.Equal("beta", hits[0].Passage.SourceId);
        Assert.Contains(hits, h => h.Passage.Id == "beta#4");
    }

    [Fact]
    public void Accents_and_inflections_do_not_matter()
    {
        Assert.Equal(Ids("rémunération des prompt engineers"), Ids("REMUNERATIONS du prompt engineer"));
    }

    [Fact]
    public void A_typo_in_a_long_word_still_finds_it_with_a_lower_weight()
    {
        var exact = _knowledge.Search("formation");
        var typo = _knowledge.Search("formaton");

        // The typo matches the word "formation"; its synonyms (études, cursus…) only answer the correctly spelled word.
        Assert.Equal("beta#3", Assert.Single(typo).Passage.Id);
        Assert.Contains(exact, h => h.Passage.Id == "beta#3" && h.Relevance == 1.0);
        Assert.Equal(0.5, typo[0].Relevance, 3);
    }

    [Fact]
    public void A_short_word_is_not_matched_with_a_typo()
    {
        Assert.Contains(_knowledge.Search("bac prompt engineer"), h => h.Passage.Text.Contains("Bac", StringComparison.Ordinal));
        Assert.DoesNotContain(_knowledge.Search("bca prompt engineer"), h => h.Passage.Text.Contains("Bac", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("salaire d'un boulanger")]
    [InlineData("recette de crêpes")]
    [InlineData("météo à Paris")]
    [InlineData("Who won the World Cup?")]
    [InlineData("salaire d'un coiffeur ou d'un médecin")]
    public void An_out_of_scope_question_gets_nothing(string question) =>
        Assert.Empty(_knowledge.Search(question));

    [Fact]
    public void The_same_shape_of_question_about_the_job_is_answered() =>
        Assert.NotEmpty(_knowledge.Search("salaire d'un débutant"));

    [Fact]
    public void Hits_are_ranked_from_one_with_decreasing_scores_and_capped_by_top()
    {
        var hits = _knowledge.Search("salaire prompt engineer");
        var one = _knowledge.Search("salaire prompt engineer", 1);

        Assert.Equal(Enumerable.Range(1, hits.Count), hits.Select(h => h.Rank));
        Assert.True(hits.Count is > 1 and <= 5);
        Assert.Equal(hits.Select(h => h.Score).OrderDescending(), hits.Select(h => h.Score));
        Assert.Equal(hits[0], Assert.Single(one));
        Assert.All(hits, h => Assert.True(h.Relevance >= new KnowledgeOptions().MinScore));
    }

    [Fact]
    public void A_pasted_document_is_searched_by_its_beginning()
    {
        var words = string.Join(' ', Enumerable.Range(0, 20_000).Select(i => $"mot{i}"));

        Assert.Equal(Ids("salaire prompt engineer"), Ids("salaire prompt engineer " + words));
    }

    [Fact]
    public void A_question_of_stop_words_only_gets_nothing() =>
        Assert.Empty(_knowledge.Search("est-ce que c'est quoi ?"));

    [Fact]
    public async Task Search_and_SearchAsync_agree() =>
        Assert.Equal(_knowledge.Search("formation bac+5"), await _knowledge.SearchAsync("formation bac+5"));

    private List<string> Ids(string question) => _knowledge.Search(question, 10).Select(h => h.Passage.Id).ToList();
}
