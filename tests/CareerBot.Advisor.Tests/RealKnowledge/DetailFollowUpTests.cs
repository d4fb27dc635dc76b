using CareerBot.Advisor.Answers;
using CareerBot.Advisor.Tests.Support;

namespace CareerBot.Advisor.Tests.RealKnowledge;

/// <summary>
/// A short question about a detail of the last answer (where, when, how many, how long, who), answered by the answer
/// step as the host registers it, without a model, over the repository's knowledge: the sentence of the passages the
/// last answer cited that gives the detail, quoted; and the usual answer when those passages have none.
/// </summary>
[Collection(RealKnowledgeCollection.Name)]
public sealed class DetailFollowUpTests(RealKnowledgeFixture knowledge) : IDisposable
{
    private readonly RegisteredAnswers _answers = new(knowledge.Base);

    [Theory]
    [InlineData("fr", "Karpathy a dit quoi sur l'anglais ?", "il a dit ça où ?", "Twitter")]
    [InlineData("en", "Who is Riley Goodside?", "where does he work?", "San Francisco")]
    [InlineData("fr", "c'est stressant comme métier ?", "qui en porte la responsabilité ?", "c’est l’humain")]
    [InlineData("en", "Who is Riley Goodside?", "Which newspaper interviewed him?", "Washington Post")]
    [InlineData("fr", "c'est vrai qu'un mec a gagné un concours d'art avec un prompt ?", "il y a passé combien de temps ?", "80 heures")]
    [InlineData("fr", "c'est vrai qu'un mec a gagné un concours d'art avec un prompt ?", "c'était quel concours ?", "Colorado Fair State")]
    [InlineData("fr", "quelles écoles forment au prompt engineering ?", "quelle école ?", "Guardia School")]
    [InlineData("en", "Who said English is the hottest new programming language?", "where did he work?", "Tesla")]
    // « professeur » is what he is, not the backgrounds topic asked anew.
    [InlineData("fr", "qui pense que le métier va disparaître ?", "il est professeur où ?", "Washington")]
    public async Task The_detail_asked_is_quoted_from_the_passages_the_last_answer_cited(string language, string first, string detail, string expected)
    {
        var (earlier, answer) = await ConverseAsync(language, first, detail);

        Assert.Equal(AnswerOrigin.Extractive, answer.Origin);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
        var source = Assert.Single(answer.Sources);
        Assert.Contains(source.PassageId, earlier.Sources.Select(s => s.PassageId));
        Assert.Contains(source.Quote, answer.Text, StringComparison.Ordinal);
        Assert.Equal(earlier.Topic, answer.Topic);
        // The next steps offered are the conversation topic's (none of these topics has a « Tous les chiffres » button).
        Assert.NotEmpty(answer.Suggestions);
        Assert.Equal(earlier.Suggestions, answer.Suggestions);
    }

    [Fact]
    public async Task A_detail_the_cited_passages_lack_is_taken_from_a_short_line_of_their_section()
    {
        // The school answer cites the Guardia paragraph; its campuses are in the table of the same section.
        var (earlier, answer) = await ConverseAsync("fr", "quelles écoles forment au prompt engineering ?", "c'est où ?");

        Assert.Contains("Lyon", answer.Text, StringComparison.Ordinal);
        var source = Assert.Single(answer.Sources);
        Assert.DoesNotContain(source.PassageId, earlier.Sources.Select(s => s.PassageId));
        Assert.Equal(earlier.Topic, answer.Topic);
    }

    [Fact]
    public async Task The_name_asked_is_not_one_the_question_already_says()
    {
        // "Him" is Ben Stokes: a sentence whose only names are his and his platform's does not say which newspaper.
        var (_, answer) = await ConverseAsync("en", "Who is Ben Stokes?", "Which newspaper interviewed him?");

        Assert.True(!answer.Text.StartsWith("According to", StringComparison.Ordinal) || answer.Text.Contains("Washington", StringComparison.Ordinal), answer.Text);
    }

    [Fact]
    public async Task A_question_that_is_out_of_scope_on_its_own_is_answered_when_it_refers_back()
    {
        var (_, answer) = await ConverseAsync("en", "what's PromptBase?", "how many users does it have?");

        Assert.False(answer.OutOfScope);
        Assert.Contains("25 000", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sentence_that_does_not_say_every_word_of_the_question_is_no_answer_to_it()
    {
        // The cited passages speak of schools, but of no founder: the answer is the topic's, not a quoted sentence.
        var (_, answer) = await ConverseAsync("fr", "quelles écoles forment au prompt engineering ?", "qui a fondé l'école ?");

        Assert.DoesNotContain("D'après", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_question_that_names_another_topic_is_that_topic_s_not_a_detail()
    {
        var (_, answer) = await ConverseAsync("fr", "quelles écoles forment au prompt engineering ?", "et ça paie combien ?");

        Assert.Equal(Knowledge.Facts.FactTopic.Salary, answer.Topic);
    }

    [Fact]
    public async Task A_question_that_names_the_job_asks_anew_whatever_its_question_word()
    {
        var (_, answer) = await ConverseAsync("en", "Who is Riley Goodside?", "Where do prompt engineers work?");

        Assert.Equal(Knowledge.Facts.FactTopic.Employers, answer.Topic);
    }

    [Theory]
    [InlineData("fr", "combien gagne un prompt engineer ?", "et dans quelle école alors ?")]
    [InlineData("en", "How much does a prompt engineer earn?", "and which school then?")]
    public async Task Which_one_of_another_topic_s_things_asks_about_that_topic_not_for_a_name(string language, string first, string next)
    {
        var (_, answer) = await ConverseAsync(language, first, next);

        Assert.Equal(Knowledge.Facts.FactTopic.Schools, answer.Topic);
        // The topic's answer cites its records; a detail would quote one sentence of one passage.
        Assert.True(answer.Sources.Count > 1);
    }

    public void Dispose() => _answers.Dispose();

    private Task<(Answer Earlier, Answer Next)> ConverseAsync(string language, string first, string detail) => _answers.ConverseAsync(language, first, detail);
}
