using CareerBot.Advisor.Resources;
using CareerBot.Advisor.Answers;
using CareerBot.Advisor.Composition;
using CareerBot.Advisor.Tests.Support;
using CareerBot.Advisor.Understanding;
using CareerBot.Knowledge.Facts;

namespace CareerBot.Advisor.Tests.RealKnowledge;

/// <summary>
/// How a conversation's questions are read and answered over the repository's knowledge: what a follow-up continues,
/// which phrase of a question says what it asks, what a figure or a name quoted back points to, and who holds a side.
/// </summary>
[Collection(RealKnowledgeCollection.Name)]
public sealed class RealConversationTests(RealKnowledgeFixture knowledge)
{
    private readonly QuestionReader _reader = new(knowledge.Base);
    private readonly AnswerPipeline _pipeline = new(knowledge.Base);

    [Theory]
    [InlineData("tu es sûr ?")]
    [InlineData("are you sure?")]
    public void Doubting_the_last_answer_asks_its_question_again(string doubt)
    {
        ConversationTurn[] history = [new(true, "combien gagne un prompt engineer débutant ?"), new(false, "…") { Topic = FactTopic.Salary }];

        var frame = _reader.Read(doubt, history);

        Assert.Equal(FactTopic.Salary, frame.Topic);
        Assert.True(frame.Reading!.Again);
    }

    [Fact]
    public void A_message_that_names_what_it_is_about_is_not_about_the_person_just_spoken_of()
    {
        ConversationTurn[] history =
        [
            new(true, "et Ben Stokes, il en dit quoi ?"),
            new(false, "Les personnes citées par les sources sont Ben Stokes, fondateur de PromptBase [1].") { Topic = FactTopic.People },
        ];

        var frame = _reader.Read("le gagnant du concours du Colorado, il s'est servi de quel outil ?", history);

        Assert.NotEqual(FactTopic.People, frame.Topic);
        Assert.False(frame.AboutLastPerson);
    }

    [Fact]
    public void A_follow_up_continues_the_topic_the_bot_answered_even_when_the_question_named_none()
    {
        ConversationTurn[] history = [new(true, "ça vaut le coup de se lancer ?"), new(false, "…") { Topic = FactTopic.Outlook }];

        var frame = _reader.Read("qui pense le contraire ?", history);

        Assert.Equal(FactTopic.Outlook, frame.Topic);
        Assert.True(frame.Contrary);
    }

    [Theory]
    // Who the user is comes first; the question says what they ask.
    [InlineData("Bonsoir, ma fille passe le bac l'an prochain et veut devenir prompt engineer. C'est sérieux comme avenir ?", FactTopic.Outlook)]
    [InlineData("I teach French in a high school. Which online courses would you recommend?", FactTopic.SelfTraining)]
    // What the job is, asked after saying who one is, is what the job is.
    [InlineData("bonjour, je suis en seconde, c'est quoi un prompt engineer ?", FactTopic.Role)]
    [InlineData("I'm a nurse, what is a prompt engineer?", FactTopic.Role)]
    // A question that names no topic leaves the introduction's.
    [InlineData("Je suis infirmière depuis 10 ans et je voudrais me reconvertir. C'est possible pour moi ?", FactTopic.Backgrounds)]
    public void A_question_after_an_introduction_is_read_for_what_it_asks(string message, FactTopic expected)
    {
        var frame = _reader.Read(message, []);

        Assert.Equal(expected, frame.Topic);
    }

    [Theory]
    [InlineData("parle-moi du métier de prompt engineer")]
    [InlineData("Explain prompt engineering to me like I'm twelve.")]
    public void A_message_about_the_job_itself_and_nothing_else_asks_what_the_job_is(string question)
    {
        var frame = _reader.Read(question, []);

        Assert.Equal(FactTopic.Role, frame.Topic);
    }

    [Theory]
    [InlineData("Which university is that linguist from?", "shane-steinert-threlkeld")]
    [InlineData("Riley Goodside, il est dans quelle université ?", "riley-goodside")]
    public void A_person_named_with_a_topic_that_never_quotes_them_asks_who_they_are(string question, string person)
    {
        var frame = _reader.Read(question, []);

        Assert.Equal(FactTopic.People, frame.Topic);
        Assert.Equal(person, frame.Facet(FacetNames.Person));
    }

    [Theory]
    // The longest phrase says what is asked: studies after the bac, not the bac.
    [InlineData("faut faire combien d'années d'études après le bac ?", FactTopic.Degree)]
    // A question word inside a phrase ("avec qui") is that phrase's, not the next one's ("l'entreprise").
    [InlineData("il bosse avec qui dans l'entreprise ?", FactTopic.Tasks)]
    [InlineData("how much does a remote job pay?", FactTopic.Salary)]
    // A pay period asks about pay.
    [InlineData("is that yearly?", FactTopic.Salary)]
    // A question word that only ends a phrase of function words asks for what follows it.
    [InlineData("c'est quoi les débouchés ?", FactTopic.Career)]
    // A topic's phrase inside a facet's ("les plus" in "les plus expérimentés") is not that topic.
    [InlineData("et les plus expérimentés ils font quoi ?", FactTopic.Tasks)]
    // The user's words for what the articles say otherwise ("bilingue", "se lancer", "reconnu").
    [InlineData("faut-il être bilingue ?", FactTopic.Skills)]
    // Finding people to hire is hiring, not the job's downsides (« dur », « difficile »).
    [InlineData("c'est compliqué de trouver des profils seniors ?", FactTopic.Hiring)]
    // Years of experience asked are hiring's, not the years of study of « combien d'années ».
    [InlineData("how many years of experience should a candidate have?", FactTopic.Hiring)]
    [InlineData("je suis en reconversion, par où commencer ?", FactTopic.Degree)]
    [InlineData("le métier est-il reconnu ?", FactTopic.Outlook)]
    // The longest phrase: the cost of a programme, not pay ("how much does").
    [InlineData("how much does it cost?", FactTopic.Schools)]
    [InlineData("ça coûte combien cette formation ?", FactTopic.Schools)]
    [InlineData("Where should I look for prompt engineering jobs?", FactTopic.JobBoards)]
    [InlineData("What do employers expect from a prompt engineer?", FactTopic.Hiring)]
    // A question word inside a phrase with words of meaning ("paie combien") asks for nothing after it.
    [InlineData("et ça paie combien un lead ?", FactTopic.Salary)]
    // A person named is first who they are; the name inside the phrase naming them does not vote.
    [InlineData("who is the founder of PromptBase?", FactTopic.People)]
    // "What's a…" asks what the job is only when nothing after it names what is asked.
    [InlineData("fine. what's a persona in prompting?", FactTopic.Definitions)]
    // Greetings and the way a question is put carry no subject.
    [InlineData("hi! quick question: what's the ROME code?", FactTopic.Codes)]
    [InlineData("bonjour, je voudrais savoir quels sont les avantages du métier", FactTopic.Upsides)]
    // "maths" is "mathématiques", which one record of the bac says.
    [InlineData("Do I need maths?", FactTopic.Bac)]
    // A year dates the question; it quotes no record ("en 2025" is in several).
    [InlineData("Is there a demand for prompt engineers in 2025?", FactTopic.Market)]
    // Saying who one is, about the job, asks about the backgrounds that lead to it; the words of that description
    // ("infirmière", "ten years") are not a sign of another subject.
    [InlineData("je suis infirmière, je peux devenir prompt engineer ?", FactTopic.Backgrounds)]
    [InlineData("I have been a journalist for ten years, could I switch to prompt engineering?", FactTopic.Backgrounds)]
    // Asked with its own words, the topic wins over the description.
    [InlineData("je suis RH, quel salaire pour un prompt engineer débutant ?", FactTopic.Salary)]
    public void The_phrase_that_says_what_is_asked_gives_the_topic(string question, FactTopic topic) =>
        Assert.Equal(topic, _reader.Read(question, []).Topic);

    [Fact]
    public void A_follow_up_opening_asks_nothing_and_a_tie_goes_to_the_topic_spoken_of()
    {
        ConversationTurn[] history = [new(true, "combien gagne un junior ?"), new(false, "…") { Topic = FactTopic.Salary }];

        var frame = _reader.Read("what about the remote salary?", history);

        Assert.Equal(FactTopic.Salary, frame.Topic);
        Assert.Equal("remote", frame.Facet(FacetNames.Context));
    }

    [Fact]
    public void A_pay_period_alone_continues_the_conversation_with_its_details()
    {
        ConversationTurn[] history = [new(true, "what about the salary for beginners?"), new(false, "…") { Topic = FactTopic.Salary }];

        var frame = _reader.Read("per month?", history);

        Assert.Equal(FactTopic.Salary, frame.Topic);
        Assert.Equal("junior", frame.Facet(FacetNames.Level));
        Assert.Equal("month", frame.Facet(FacetNames.Period));
    }

    [Fact]
    public void A_facet_inside_a_longer_phrase_of_its_own_topic_still_narrows()
    {
        var frame = _reader.Read("combien par mois pour un débutant ?", []);

        Assert.Equal("month", frame.Facet(FacetNames.Period));
    }

    [Fact]
    public void A_figure_of_the_articles_quoted_back_points_to_the_records_that_state_it()
    {
        var frame = _reader.Read("which company offered up to 335k?", []);
        var (answer, _, report) = _pipeline.Ask("which company offered up to 335k?", "en");

        Assert.Contains("salary-004-anthropic", frame.Named);
        Assert.Contains("Anthropic", answer.Text, StringComparison.Ordinal);
        Assert.True(report.IsGrounded);
    }

    [Fact]
    public void A_name_that_only_comes_with_one_person_is_that_person_unless_something_else_is_asked()
    {
        var scale = _reader.Read("et le mec de Scale AI il en pense quoi ?", []);
        var degree = _reader.Read("and a university degree?", []);

        Assert.Equal("riley-goodside", scale.Facet(FacetNames.Person));
        Assert.Null(degree.Facet(FacetNames.Person));
        Assert.Equal(FactTopic.Degree, degree.Topic);
    }

    [Theory]
    [InlineData("c'est quoi la capitale de l'Australie ?")]
    [InlineData("quel temps fera-t-il demain à Paris ?")]
    [InlineData("ok et il fait quel temps demain à Lyon")]
    [InlineData("qui a gagné la coupe du monde de foot en 2018 ?")]
    public void A_question_framed_like_theirs_about_something_else_is_out_of_scope(string question) =>
        Assert.Equal(AnswerOrigin.OutOfScope, _pipeline.Ask(question, "fr").Answer.Origin);

    [Theory]
    // As many words the articles use as words of the vocabulary.
    [InlineData("What are the main skills?")]
    // A phrase with words of meaning counts whole ("pas de diplôme"); only "c'est quoi" frames.
    [InlineData("je suis autodidacte, pas de diplome en info, c'est jouable ?")]
    [InlineData("What kind of portfolio should I build?")]
    [InlineData("on peut bosser de chez soi ?")]
    [InlineData("faut etre fort en info pr faire ca ?")]
    public void A_question_in_the_articles_words_is_theirs(string question) =>
        Assert.NotEqual(AnswerOrigin.OutOfScope, _pipeline.Ask(question, "fr").Answer.Origin);

    [Fact]
    public void A_follow_up_naming_the_topic_is_theirs_despite_a_word_they_never_use()
    {
        var (answer, _, report) = _pipeline.Ask(
            "et ça peut devenir un métier à part entière plus tard ? genre spécialiste en éthique ?", "fr",
            "est-ce que les prompt engineers ont un rôle dans l'éthique de l'IA ?");

        Assert.NotEqual(AnswerOrigin.OutOfScope, answer.Origin);
        Assert.True(report.IsGrounded);
    }

    [Theory]
    [InlineData("tell me more")]
    [InlineData("dis-m'en plus")]
    public void Asking_for_more_continues_the_topic(string question)
    {
        ConversationTurn[] history = [new(true, "quelles sont les missions d'un prompt engineer ?"), new(false, "…") { Topic = FactTopic.Tasks }];

        var frame = _reader.Read(question, history);

        Assert.True(frame.FollowUp);
        Assert.Equal(FactTopic.Tasks, frame.Topic);
    }

    [Theory]
    [InlineData("dis-m'en plus", "fr")]
    [InlineData("what else?", "en")]
    public void Asking_for_more_shows_what_the_last_answer_did_not(string question, string language)
    {
        const string First = "quelles sont les missions d'un prompt engineer ?";
        var (answer, context, _) = _pipeline.Ask(First, language);
        ConversationTurn[] history = [new(true, First), new(false, answer.Text) { Topic = FactTopic.Tasks }];

        var (more, moreContext, report) = _pipeline.Ask(question, language, history);

        Assert.NotEqual(AnswerOrigin.OutOfScope, more.Origin);
        Assert.Empty(context.Facts.Select(f => f.Id).Intersect(moreContext.Facts.Select(f => f.Id)));
        Assert.True(report.IsGrounded);
    }

    [Fact]
    public void A_question_placed_by_the_vocabulary_in_the_articles_words_is_answered_when_search_finds_nothing()
    {
        var (answer, _, report) = _pipeline.Ask("y a moyen de le faire en alternance ?", "fr");

        Assert.NotEqual(AnswerOrigin.OutOfScope, answer.Origin);
        Assert.True(report.IsGrounded);
    }

    [Fact]
    public void A_question_naming_a_person_they_quote_is_about_them_whatever_else_it_says()
    {
        var (answer, _, report) = _pipeline.Ask("What did Karpathy say?", "en");

        Assert.NotEqual(AnswerOrigin.OutOfScope, answer.Origin);
        Assert.Contains("Karpathy", answer.Text, StringComparison.Ordinal);
        Assert.True(report.IsGrounded);
    }

    [Theory]
    // An acronym of three letters tells which record is meant.
    [InlineData("c'est quoi un LLM ?", "fr", "LLM")]
    // A synonym of a word no record of the topic says ("dure": "durée").
    [InlineData("la formation dure combien de temps ?", "fr", "3 ans")]
    // A word two quotes of the topic say points to them ("alternance" among the schools).
    [InlineData("ça existe en alternance ?", "fr", "alternance")]
    [InlineData("est-ce qu'il y a des certifications reconnues ?", "fr", "certification")]
    public void The_record_the_question_means_leads(string question, string language, string expected)
    {
        var answer = _pipeline.Ask(question, language).Answer;
        var first = answer.Text.Split(" [1]")[0];

        Assert.Contains(expected, first, StringComparison.Ordinal);
    }

    [Fact]
    public void Function_words_never_tell_which_record_is_meant()
    {
        // "will" is in one label ("new jobs they will be ready for"): it must not lead a side of the debate.
        var answer = _pipeline.Ask("who thinks it will last?", "en", "will AI replace prompt engineers?").Answer;

        Assert.Contains("Goodside", answer.Text.Split(" [1]")[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_debate_names_who_holds_each_side()
    {
        var answer = _pipeline.Ask("le métier va-t-il durer ou disparaître ?", "fr").Answer;
        var lead = answer.Text.Split('\n')[0];

        Assert.Contains("Goodside", lead, StringComparison.Ordinal);
        Assert.Contains("Steinert-Threlkeld", lead, StringComparison.Ordinal);
    }

    [Fact]
    public void The_other_side_of_a_person_spoken_of_is_someone_else_s()
    {
        ConversationTurn[] history =
        [
            new(true, "Who is Riley Goodside?"), new(false, "…") { Topic = FactTopic.People },
            new(true, "what does he think about the future of the job?"), new(false, "…") { Topic = FactTopic.Outlook },
        ];

        var frame = _reader.Read("who disagrees with him?", history);
        var answer = _pipeline.Ask("who disagrees with him?", "en", history).Answer;

        Assert.Equal("obsolete", frame.Facet(FacetNames.Stance));
        Assert.Null(frame.Facet(FacetNames.Person));
        Assert.Contains("Steinert-Threlkeld", answer.Text.Split(" [1]")[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_topic_no_record_of_the_person_spoken_of_answers_is_answered_by_who_they_are()
    {
        ConversationTurn[] history =
        [
            new(true, "who is Greg Beltzer?"), new(false, "…") { Topic = FactTopic.People },
            new(true, "what does he say about hiring?"), new(false, "…") { Topic = FactTopic.Hiring },
        ];

        var frame = _reader.Read("and what company is he with?", history);
        var answer = _pipeline.Ask("and what company is he with?", "en", history).Answer;

        Assert.Equal(FactTopic.People, frame.Topic);
        Assert.Contains("RBC", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Who_holds_a_side_comes_first_among_the_people()
    {
        var frame = new QuestionFrame(
            FactTopic.People,
            new Dictionary<string, string> { [FacetNames.Stance] = "obsolete" },
            new Dictionary<string, string> { [FacetNames.Stance] = "disparaître" },
            AllFigures: false,
            Contrary: false,
            FollowUp: false);

        var selection = RecordSelector.Select(frame, knowledge.Base.Facts, ["qui", "dit", "disparaitre"], new HashSet<string>());

        Assert.Equal("shane-steinert-threlkeld", selection!.Lead[0].Facet(FacetNames.Person));
    }

    [Fact]
    public void A_synonym_of_a_word_no_record_of_the_topic_says_points_to_the_record_that_says_it()
    {
        var answer = _pipeline.Ask("et je l'héberge où ?", "fr", "comment montrer mes compétences sans diplôme ?").Answer;

        Assert.Contains("GitHub", answer.Text.Split('\n')[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("faut-il savoir coder ?", "Need")]
    [InlineData("Do I need to know how to code?", "Need")]
    [InlineData("is a degree mandatory?", "Need")]
    [InlineData("peut-on devenir prompt engineer sans diplôme ?", "Without")]
    [InlineData("pas besoin de coder alors ?", "Without")]
    // A question word of its own asks which, not whether.
    [InlineData("quel diplôme faut-il ?", "None")]
    [InlineData("what do I need to learn?", "None")]
    [InlineData("combien gagne un prompt engineer ?", "None")]
    public void A_question_about_a_need_is_read_as_yes_or_no(string question, string expected) =>
        Assert.Equal(Enum.Parse<PolarQuestion>(expected), _reader.Read(question, []).Reading!.Polar);

    [Theory]
    [InlineData("faut-il savoir coder ?", "fr")]
    [InlineData("Do I need to know how to code?", "en")]
    [InlineData("faut-il un diplôme pour devenir prompt engineer ?", "fr")]
    // The question's own detail ("sans diplôme") keeps the records of doing without; the other side still answers.
    [InlineData("Can I become a prompt engineer without a degree?", "en")]
    public void A_yes_or_no_question_about_a_need_is_answered_first_with_each_side_the_sources_take(string question, string language)
    {
        var answer = _pipeline.Ask(question, language).Answer;
        var first = answer.Text.Split('\n')[0];
        var topic = answer.Topic!.Value;
        bool Says(string need) => knowledge.Base.Facts.Any(f => f.Topic == topic && f.Facet(FacetNames.Need) == need && first.Contains(f.Label.In(language), StringComparison.Ordinal));

        Assert.True(Says(Needs.Optional), first);
        Assert.True(Says(Needs.Required), first);
        // Doing without comes first, as the answer's first words say ("not necessarily", "yes, some say").
        Assert.Contains("[1]", first, StringComparison.Ordinal);
        Assert.Contains("[2]", first, StringComparison.Ordinal);
        Assert.DoesNotContain("[3]", first, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("prompt engineer : mieux payé en France ou aux US ?", "fr")]
    [InlineData("is it better paid in France or in the US?", "en")]
    public void Two_countries_compared_show_the_figures_of_each_and_no_disagreement_between_them(string question, string language)
    {
        var answer = _pipeline.Ask(question, language).Answer;
        var first = answer.Text.Split('\n')[0];

        Assert.Contains("€", first, StringComparison.Ordinal);
        Assert.Contains("$", first, StringComparison.Ordinal);
        Assert.DoesNotContain(Messages.For(language).Get(nameof(AdvisorMessages.NoteDisagree)), first, StringComparison.Ordinal);
    }

    [Fact]
    public void A_detail_of_who_the_user_is_gives_way_to_the_one_the_question_asks()
    {
        var frame = _reader.Read("Hi! I'm an American expat living in Paris. How much does a junior prompt engineer make in France?", []);

        Assert.Equal(FactTopic.Salary, frame.Topic);
        Assert.Equal("FR", frame.Facet(FacetNames.Country));
    }

    [Fact]
    public void A_proper_name_after_the_question_word_is_who_is_asked_about_when_a_topic_follows()
    {
        Assert.Equal(FactTopic.Salary, _reader.Read("What does Anthropic pay its prompt engineers?", []).Topic);
        Assert.NotEqual(FactTopic.Salary, _reader.Read("c'est quoi PromptBase ?", []).Topic);
    }

    [Fact]
    public void A_pay_question_naming_nothing_else_keeps_the_situation_spoken_of()
    {
        ConversationTurn[] history = [new(true, "Where can I find remote prompt engineering gigs?"), new(false, "…") { Topic = FactTopic.Freelance }];

        var frame = _reader.Read("how much can I make?", history);

        Assert.Equal(FactTopic.Salary, frame.Topic);
        Assert.Equal("remote", frame.Facet(FacetNames.Context));
    }

    [Fact]
    public void A_country_no_record_speaks_of_is_said_plainly_whatever_the_topic()
    {
        var answer = _pipeline.Ask("et en Espagne ?", "fr", "où trouver des missions en télétravail ?").Answer;

        Assert.StartsWith(Messages.For("fr").Format(nameof(AdvisorMessages.Uncovered), "Espagne"), answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_country_narrows_the_employers_when_their_records_say_it()
    {
        var answer = _pipeline.Ask("what about the US?", "en", "which French companies are hiring prompt engineers?").Answer;

        Assert.Contains("Scale", answer.Text.Split('\n')[0], StringComparison.Ordinal);
        Assert.DoesNotContain("Ubisoft", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void How_pay_is_counted_keeps_the_level_spoken_of_and_a_net_amount_the_articles_lack_is_said_plainly()
    {
        ConversationTurn[] history = [new(true, "combien gagne un prompt engineer débutant ?"), new(false, "…") { Topic = FactTopic.Salary }];

        var gross = _reader.Read("c'est en brut ou en net ?", history);
        var net = _pipeline.Ask("et en net ?", "fr", history).Answer;

        Assert.Equal(FactTopic.Salary, gross.Topic);
        Assert.Equal("junior", gross.Facet(FacetNames.Level));
        Assert.Equal("gross", gross.Facet(FacetNames.Basis));
        Assert.StartsWith(Messages.For("fr").Format(nameof(AdvisorMessages.Uncovered), "en net"), net.Text, StringComparison.Ordinal);
    }
}
