using CareerBot.Advisor.Answers;
using CareerBot.Advisor.Tests.Support;
using CareerBot.Advisor.Understanding;
using CareerBot.Knowledge.Facts;
using CareerBot.Knowledge.Text;

namespace CareerBot.Advisor.Tests.RealKnowledge;

/// <summary>
/// How questions the vocabulary has no phrase for are read over the repository's knowledge: by the records' own rare
/// words, by the conversation they continue, and by the person the last answer spoke of.
/// </summary>
[Collection(RealKnowledgeCollection.Name)]
public sealed class RealUnderstandingTests(RealKnowledgeFixture knowledge)
{
    private readonly QuestionReader _reader = new(knowledge.Base);
    private readonly AnswerPipeline _pipeline = new(knowledge.Base);

    [Theory]
    [InlineData("le métier le plus sexy du siècle, selon qui ?", "market-002-sexiest-job")]
    [InlineData("l'histoire de Batman et Robin, c'est quoi ?", "role-001-robin")]
    [InlineData("y a une certif officielle ?", "training-003-no-certification")]
    public void A_question_in_the_words_of_one_record_is_answered_with_it(string question, string record)
    {
        var (answer, context, report) = _pipeline.Ask(question, "fr");

        Assert.NotEqual(AnswerOrigin.OutOfScope, answer.Origin);
        Assert.True(report.IsGrounded);
        // That record, or another stating the same quote (the person who said it).
        var quote = knowledge.Base.Facts.Single(f => f.Id == record).Quote;
        Assert.Contains(context.Facts, f => f.Quote == quote);
    }

    [Theory]
    [InlineData("météo à Paris demain")]
    [InlineData("recette de la pâte à crêpes")]
    [InlineData("Bonjour marqueur-dl-6f5b9cb86dda4e59")]
    [InlineData("what's the weather like in Paris today?")]
    [InlineData("tu peux me traduire 'bonne nuit' en espagnol ?")]
    [InlineData("c'est à quelle heure le prochain train pour Paris ?")]
    public void A_word_one_record_happens_to_say_does_not_make_another_subject_theirs(string question)
    {
        var (answer, _, _) = _pipeline.Ask(question, "fr");

        Assert.Equal(AnswerOrigin.OutOfScope, answer.Origin);
    }

    [Fact]
    public void A_job_the_question_names_only_because_a_record_quotes_it_is_no_other_job()
    {
        var quoted = _pipeline.Ask("le data scientist, c'était le métier le plus sexy du siècle ?", "fr").Answer;
        var asked = _pipeline.Ask("combien gagne un data scientist ?", "fr").Answer;

        Assert.Contains("Davenport", quoted.Text, StringComparison.Ordinal);
        Assert.Equal(AnswerOrigin.OutOfScope, asked.Origin);
    }

    [Fact]
    public void A_follow_up_made_of_function_words_continues_the_topic()
    {
        ConversationTurn[] history = [new(true, "comment montrer mes compétences sans diplôme ?"), new(false, "…")];

        var frame = _reader.Read("je mets quoi dedans ?", history);
        var elsewhere = _pipeline.Ask("et la météo demain ?", "fr", history).Answer;

        Assert.True(frame.FollowUp);
        Assert.Equal(_reader.Read("comment montrer mes compétences sans diplôme ?", []).Topic, frame.Topic);
        Assert.Equal(AnswerOrigin.OutOfScope, elsewhere.Origin);
    }

    [Theory]
    [InlineData("dommage")]
    [InlineData("ça fait peur")]
    [InlineData("carrément")]
    [InlineData(":)")]
    public void A_message_that_asks_nothing_after_an_answer_is_a_remark(string message)
    {
        ConversationTurn[] history = [new(true, "combien gagne un prompt engineer junior en France ?"), new(false, "…") { Topic = FactTopic.Salary }];

        var (answer, _, _) = _pipeline.Ask(message, "fr", history);

        Assert.Equal(AnswerOrigin.Remark, answer.Origin);
        Assert.Empty(answer.Sources);
    }

    [Theory]
    [InlineData("mouais, et dans 2 ans ça aura disparu")]
    [InlineData("et pour un senior")]
    [InlineData("dis m'en plus")]
    [InlineData("les formations")]
    public void A_follow_up_without_a_question_mark_is_still_a_question(string message)
    {
        ConversationTurn[] history = [new(true, "combien gagne un prompt engineer junior en France ?"), new(false, "…") { Topic = FactTopic.Salary }];

        var (answer, _, _) = _pipeline.Ask(message, "fr", history);

        Assert.Equal(AnswerOrigin.Extractive, answer.Origin);
    }

    [Fact]
    public void A_first_message_is_never_a_remark()
    {
        Assert.NotEqual(AnswerOrigin.Remark, _pipeline.Ask("certif officielle", "fr").Answer.Origin);
    }

    [Theory]
    [InlineData("le métier aura disparu d'ici là ?", FactTopic.Outlook)]
    [InlineData("et si le poste disparaissait ?", FactTopic.Outlook)]
    public void Another_form_of_a_topic_s_word_reads_as_that_word(string question, FactTopic topic)
    {
        Assert.Equal(topic, _reader.Read(question, []).Topic);
    }

    [Fact]
    public void Another_form_of_a_word_the_articles_write_is_not_foreign_to_them()
    {
        // « apprenne » of « apprendre »: the articles' verb, conjugated.
        var reading = _reader.ReadMessage("Il faudra que j'apprenne à programmer ?");
        // « mort » is compared whole: no form of a longer word.
        var short_ = _reader.ReadMessage("c mort pour moi ?");

        Assert.Equal(0, reading.Foreign);
        Assert.False(reading.IsAboutSomethingElse);
        Assert.True(short_.Foreign > 0);
    }

    [Theory]
    [InlineData("Is there a particular school that trains people for it?")]
    [InlineData("Et si je veux revenir au développement après ?")]
    public void Everyday_words_around_a_question_of_the_articles_do_not_make_it_about_something_else(string question)
    {
        ConversationTurn[] history = [new(true, "quelles formations pour devenir prompt engineer ?"), new(false, "…") { Topic = FactTopic.Schools }];

        var (answer, _, report) = _pipeline.Ask(question, "en", history);

        Assert.NotEqual(AnswerOrigin.OutOfScope, answer.Origin);
        Assert.True(report.IsGrounded);
    }

    [Fact]
    public void He_with_nothing_else_named_is_the_person_the_last_answer_spoke_of()
    {
        ConversationTurn[] history =
        [
            new(true, "l'anglais, nouveau langage de programmation ?"),
            new(false, "Selon les sources, l'anglais est le nouveau langage de programmation le plus à la mode selon Andrej Karpathy [1]."),
        ];

        var frame = _reader.Read("il travaillait où ?", history);
        var (answer, _, report) = _pipeline.Ask("il travaillait où ?", "fr", history);

        Assert.Equal(FactTopic.People, frame.Topic);
        Assert.Equal("andrej-karpathy", frame.Facet(FacetNames.Person));
        Assert.True(report.IsGrounded);
        Assert.Contains("tesla", Folding.Fold(answer.Text), StringComparison.Ordinal);
    }

    [Fact]
    public void Who_said_that_asks_for_the_person_the_last_answer_quoted()
    {
        ConversationTurn[] history =
        [
            new(true, "Why is it so hard to hire good prompt engineers?"),
            new(false, "On hiring, the sources describe hiring that is rather hard for employers, according to Greg Beltzer [1].") { Topic = FactTopic.Hiring },
        ];

        var frame = _reader.Read("Who said that?", history);

        Assert.Equal(FactTopic.People, frame.Topic);
        Assert.Equal("greg-beltzer", frame.Facet(FacetNames.Person));
    }

    [Fact]
    public void He_in_a_conversation_about_someone_is_that_person_whatever_the_question_names()
    {
        ConversationTurn[] history =
        [
            new(true, "y a un ancien développeur devenu prompt engineer qui raconte son quotidien ?"),
            new(false, "Les personnes citées par les sources sont Olivier P., ancien développeur devenu Prompt Engineer pour un GAFAM [1].") { Topic = FactTopic.People },
        ];

        var (answer, _, report) = _pipeline.Ask("il bosse où maintenant ?", "fr", history);

        Assert.Equal("olivier-p", _reader.Read("il bosse où maintenant ?", history).Facet(FacetNames.Person));
        Assert.Contains("GAFAM", answer.Text, StringComparison.Ordinal);
        Assert.True(report.IsGrounded);
    }

    [Fact]
    public void A_figure_quoted_back_is_answered_with_the_records_that_state_it()
    {
        var (answer, _, _) = _pipeline.Ask("et ce chiffre des 80 000, il vient de quel cabinet de recrutement ?", "fr");

        Assert.Contains("Morgan McKinley", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Qui_after_a_noun_joins_a_clause_and_asks_nothing()
    {
        // « qui a gagné » would ask about pay; « un type qui a gagné un concours » tells a story.
        Assert.NotEqual(FactTopic.Salary, _reader.Read("j'ai entendu parler d'un type qui a gagné un concours d'art avec une IA, c'est quoi l'histoire ?", []).Topic);
    }

    [Theory]
    [InlineData("Infirmière depuis 10 ans, je peux me reconvertir ?")]
    [InlineData("combien gagne un junior après impôts ?")]
    // A job alone in the opening clause is how the user introduces themselves.
    [InlineData("Comptable, 45 ans, je voudrais savoir : combien on gagne en début de carrière ?")]
    [InlineData("Infirmière depuis 10 ans : quelles compétences faut-il pour devenir prompt engineer ?")]
    public void A_job_or_a_tax_the_user_speaks_of_does_not_make_the_question_about_something_else(string question)
    {
        var (answer, _, report) = _pipeline.Ask(question, "fr");

        Assert.Equal(AnswerOrigin.Extractive, answer.Origin);
        Assert.True(report.IsGrounded);
    }

    [Fact]
    public void A_job_asked_about_is_still_another_job()
    {
        var (answer, _, _) = _pipeline.Ask("Quel est le salaire d'un comptable ?", "fr");

        Assert.Equal(AnswerOrigin.OutOfScope, answer.Origin);
    }

    [Fact]
    public void A_person_s_answer_gathers_what_the_sources_quote_them_saying()
    {
        var (answer, context, _) = _pipeline.Ask("qui est Riley Goodside ?", "fr");

        var people = context.Facts.Select(f => f.Topic).Distinct().ToList();
        Assert.Contains(FactTopic.People, people);
        Assert.True(people.Count > 1, "only the biography was shown");
        Assert.All(context.Facts, f => Assert.Equal("riley-goodside", f.Facet(FacetNames.Person)));
        Assert.Contains("Goodside", answer.Text, StringComparison.Ordinal);
    }
}
