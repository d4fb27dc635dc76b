using CareerBot.Advisor.Answers;
using CareerBot.Advisor.Tests.Support;
using CareerBot.Knowledge.Facts;

namespace CareerBot.Advisor.Tests.RealKnowledge;

/// <summary>
/// What is in scope once the bot has answered about the job, and what never is: a topic said in words of meaning with
/// one word the articles don't know continues the conversation; a role of another domain (« pour un footballeur »,
/// « devenir pâtissier ») is out of scope, first or later.
/// </summary>
[Collection(RealKnowledgeCollection.Name)]
public sealed class ScopeInConversationTests(RealKnowledgeFixture knowledge) : IDisposable
{
    private readonly RegisteredAnswers _answers = new(knowledge.Base);

    [Fact]
    public async Task After_an_answer_a_topic_with_one_unknown_word_is_the_conversation_s()
    {
        var (_, answer) = await _answers.ConverseAsync("fr", "quelles compétences faut-il pour devenir prompt engineer ?", "quelles qualités perso on attend en plus ?");

        Assert.Equal(FactTopic.Skills, answer.Topic);
    }

    [Theory]
    [InlineData("quelle formation pour devenir pâtissier ?")]
    [InlineData("quelles compétences pour un footballeur ?")]
    [InlineData("tu peux m'aider pour mon devoir de maths ?")]
    public async Task A_role_of_another_domain_is_out_of_scope_on_its_own(string question) =>
        Assert.True((await _answers.AskAsync("fr", question)).OutOfScope);

    [Theory]
    [InlineData("fr", "quelles compétences faut-il pour devenir prompt engineer ?", "quelles compétences pour un footballeur ?")]
    [InlineData("fr", "combien gagne un prompt engineer ?", "et les compétences d'un footballeur ?")]
    [InlineData("en", "What skills does a prompt engineer need?", "what about a plumber's skills?")]
    public async Task A_role_of_another_domain_is_out_of_scope_after_an_answer_too(string language, string first, string next)
    {
        var (_, answer) = await _answers.ConverseAsync(language, first, next);

        Assert.True(answer.OutOfScope);
    }

    [Theory]
    // A misspelt role of the articles' is theirs.
    [InlineData("fr", "combien gagne un prompt engineer ?", "et le salaire d'un promt enginer ?", FactTopic.Salary)]
    // One word the articles don't know, with a topic the conversation says: the conversation's ("the argument").
    [InlineData("en", "Is this career a fad or a long-term bet?", "What's the argument that it could vanish?", FactTopic.Outlook)]
    public async Task After_an_answer_the_job_s_own_questions_stay_in_scope(string language, string first, string next, FactTopic expected)
    {
        var (_, answer) = await _answers.ConverseAsync(language, first, next);

        Assert.False(answer.OutOfScope);
        Assert.Equal(expected, answer.Topic);
    }

    [Fact]
    public async Task Going_back_to_one_s_former_job_is_about_backgrounds()
    {
        var (_, answer) = await _answers.ConverseAsync("fr", "dev web depuis 6 ans, je peux devenir prompt engineer ?", "et si ça marche pas je peux revenir dev ?");

        Assert.False(answer.OutOfScope);
        Assert.Equal(FactTopic.Backgrounds, answer.Topic);
    }

    public void Dispose() => _answers.Dispose();
}
