using CareerBot.Advisor.Answers;
using CareerBot.Advisor.Hosting;
using CareerBot.Advisor.Tests.Support;
using CareerBot.Knowledge;
using CareerBot.Knowledge.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.Advisor.Tests.RealKnowledge;

/// <summary>
/// The answer step as the host registers it, without a model, over the repository's knowledge folder: a question
/// asked again, in any conversation, gets the very answer composed the first time, and the cache can be turned off.
/// </summary>
[Collection(RealKnowledgeCollection.Name)]
public sealed class CachedAnswersTests(RealKnowledgeFixture knowledge)
{
    private const string Question = "Quel est le salaire d'un prompt engineer junior ?";

    [Fact]
    public async Task A_repeated_question_gets_the_answer_composed_the_first_time()
    {
        using var services = Build(cacheSize: null);
        var answers = services.GetRequiredService<IAnswerService>();

        var first = await answers.AnswerAsync(new AnswerRequest(Question, "fr"));
        var again = await answers.AnswerAsync(new AnswerRequest(Question, "fr", [new ConversationTurn(true, "Bonjour"), new ConversationTurn(false, "Bonjour !")]));
        var english = await answers.AnswerAsync(new AnswerRequest(Question, "en"));

        Assert.Contains(45000m, NumberMentions.Figures(first.Text).SelectMany(m => m.Values));
        Assert.Same(first, again);
        Assert.NotSame(first, english);
        Assert.NotEqual(first.Text, english.Text);
    }

    [Fact]
    public async Task With_a_size_of_zero_every_answer_is_composed_again_and_is_the_same()
    {
        using var services = Build(cacheSize: "0");
        var answers = services.GetRequiredService<IAnswerService>();

        var first = await answers.AnswerAsync(new AnswerRequest(Question, "fr"));
        var again = await answers.AnswerAsync(new AnswerRequest(Question, "fr"));

        Assert.NotSame(first, again);
        Assert.Equal(first.Text, again.Text);
        Assert.Equal(first.Sources, again.Sources);
    }

    private ServiceProvider Build(string? cacheSize) =>
        new ServiceCollection()
            .AddLogging()
            .AddSingleton<IKnowledgeSearch>(knowledge.Base)
            .AddCareerBotGrounding()
            .AddCareerBotAdvisor(new ConfigurationBuilder()
                .AddInMemoryCollection(cacheSize is null ? [] : new Dictionary<string, string?> { ["Answers:CacheSize"] = cacheSize })
                .Build())
            .BuildServiceProvider();
}
