using CareerBot.Advisor.Answers;
using CareerBot.Advisor.Hosting;
using CareerBot.Knowledge;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.Advisor.Tests.Support;

/// <summary>
/// The answer step as the host registers it, without a model, over a knowledge base: a question, and the next one asked
/// after its answer, with the history the bot keeps (the answer's topic and cited passages).
/// </summary>
internal sealed class RegisteredAnswers(IKnowledgeSearch knowledge) : IDisposable
{
    private readonly ServiceProvider _services = new ServiceCollection()
        .AddLogging()
        .AddSingleton(knowledge)
        .AddCareerBotGrounding()
        .AddCareerBotAdvisor(new ConfigurationBuilder().Build())
        .BuildServiceProvider();

    public async Task<(Answer Earlier, Answer Next)> ConverseAsync(string language, string first, string next)
    {
        var answers = _services.GetRequiredService<IAnswerService>();
        var earlier = await answers.AnswerAsync(new AnswerRequest(first, language));
        ConversationTurn[] history =
        [
            new(FromUser: true, first),
            new(FromUser: false, earlier.Text) { Topic = earlier.Topic, Passages = [.. earlier.Sources.Select(s => s.PassageId)] },
        ];
        return (earlier, await answers.AnswerAsync(new AnswerRequest(next, language, history)));
    }

    public Task<Answer> AskAsync(string language, string question) =>
        _services.GetRequiredService<IAnswerService>().AnswerAsync(new AnswerRequest(question, language));

    public void Dispose() => _services.Dispose();
}
