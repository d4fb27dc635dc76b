using CareerBot.Knowledge.Tests.Support;

namespace CareerBot.Knowledge.Tests.Search;

/// <summary>Why the out-of-scope guard says no, read from the evidence it computed.</summary>
public sealed class ScopeGuardTests : IAsyncLifetime
{
    private readonly KnowledgeFolder _folder = KnowledgeFolder.FromFixture();
    private KnowledgeBase _knowledge = null!;

    public async Task InitializeAsync()
    {
        _folder.WriteSource("delta", """
            ## Les métiers voisins

            Le data scientist analyse des données ; le prompt engineer écrit des instructions.

            ## Rémunération

            Le salaire dépend de l'entreprise, le télétravail aussi. Le salaire d'un data scientist est proche.
            """, title: "Prompt engineer et métiers voisins");
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
    public void An_unknown_word_weighs_as_much_as_the_rarest_word()
    {
        var result = _knowledge.Snapshot.Explain("salaire d'un boulanger")!;

        Assert.False(result.InScope);
        Assert.True(result.QueryCoverage < new KnowledgeOptions().MinQueryCoverage, $"coverage {result.QueryCoverage}");
        var boulanger = result.Evidence.Single(e => e.Concept.Label == "boulanger");
        Assert.False(boulanger.IsKnown);
        Assert.True(result.Evidence.All(e => e.Weight <= boulanger.Weight));
    }

    [Fact]
    public void Known_words_that_no_section_says_together_are_out_of_scope()
    {
        // The articles speak of remote work and of data, never in the same section.
        var result = _knowledge.Snapshot.Explain("télétravail et données")!;

        Assert.Equal(2, result.Evidence.Count);
        Assert.Equal(1.0, result.QueryCoverage);
        Assert.False(result.InScope);
        Assert.Empty(_knowledge.Search("télétravail et données"));
        Assert.NotEmpty(_knowledge.Search("télétravail et salaire"));
    }

    [Fact]
    public void A_question_about_another_job_is_out_of_scope_even_when_a_section_says_its_words_together()
    {
        // "Rémunération" says "salaire" and "data scientist" in one sentence: the words are known, and together.
        var result = _knowledge.Snapshot.Explain("quel salaire pour un data scientist ?")!;

        Assert.Equal(1.0, result.QueryCoverage);
        Assert.False(result.InScope);
        Assert.Empty(_knowledge.Search("How much does a nurse earn?"));
        Assert.Empty(_knowledge.Search("salaire d'un développeur"));
    }

    [Fact]
    public void Another_job_stays_in_scope_as_the_users_background_or_beside_the_topic()
    {
        Assert.NotEmpty(_knowledge.Search("je suis développeur, quel salaire ?"));
        Assert.NotEmpty(_knowledge.Search("un data scientist peut-il devenir prompt engineer ?"));
    }

    [Fact]
    public void Words_that_frame_a_question_do_not_count_in_the_scope_tests()
    {
        // No article says "nécessaire": as a word, it would be the rarest of the question and put it out of scope.
        var result = _knowledge.Snapshot.Explain("le télétravail est-il nécessaire ?")!;

        Assert.Contains(result.Evidence, e => e.Concept.Label == "nécessaire" && !e.IsKnown);
        Assert.True(result.InScope);
        Assert.NotEmpty(_knowledge.Search("le télétravail est-il nécessaire ?"));
    }

    [Fact]
    public void A_fragment_of_the_topic_phrase_without_the_topic_names_another_subject()
    {
        // The fixture articles say "engineer" only in "prompt engineer": a "software engineer" is not their subject.
        var result = _knowledge.Snapshot.Explain("salaire d'un engineer")!;

        Assert.False(result.Evidence.Single(e => e.Concept.Label == "engineer").IsKnown);
        Assert.False(result.InScope);
        Assert.Empty(_knowledge.Search("salaire d'un engineer"));
        Assert.NotEmpty(_knowledge.Search("salaire d'un prompt engineer"));
        Assert.NotEmpty(_knowledge.Search("salaire d'un débutant"));
    }

    [Fact]
    public void A_question_naming_the_topic_is_in_scope_even_with_words_the_corpus_lacks()
    {
        var result = _knowledge.Snapshot.Explain("salaire maximal d'un prompt engineer à Montréal")!;

        Assert.True(result.QueryCoverage < new KnowledgeOptions().MinQueryCoverage);
        Assert.True(result.InScope);
        Assert.Contains(result.Evidence, e => e.IsTopic);
        Assert.NotEmpty(_knowledge.Search("salaire maximal d'un prompt engineer à Montréal"));
    }

    [Fact]
    public void Words_found_only_in_reader_comments_do_not_put_a_question_in_scope()
    {
        var result = _knowledge.Snapshot.Explain("coiffeurs et médecins")!;

        Assert.All(result.Evidence, e => Assert.False(e.IsKnown));
        Assert.False(result.InScope);
    }

    [Fact]
    public void A_typo_of_the_topic_still_names_the_topic() =>
        Assert.Contains(_knowledge.Snapshot.Explain("formation pour devenir promt enginer")!.Evidence, e => e.IsTopic);
}
