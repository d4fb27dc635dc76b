using CareerBot.Testing;
using CareerBot.Advisor.Answers;
using CareerBot.Advisor.Hosting;
using CareerBot.Knowledge;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CareerBot.Advisor.Tests.Llm.Support;

/// <summary>
/// The answer service as the host would build it with <c>AddCareerBotAdvisor</c> (real Semantic Kernel connector,
/// real HTTP), pointed at a <see cref="FakeOpenAiServer"/>, with a real knowledge base and the real grounding
/// services (<c>AddCareerBotGrounding</c>: guard, fact selector, extractive answerer). <c>Llm:TimeoutSeconds</c> is 2.
/// </summary>
internal sealed class AdvisorHarness : IAsyncDisposable
{
    public const int TimeoutSeconds = 2;

    private AdvisorHarness(FakeOpenAiServer server, ServiceProvider services, LogSink logs)
    {
        Server = server;
        Services = services;
        Logs = logs;
    }

    public FakeOpenAiServer Server { get; }

    public ServiceProvider Services { get; }

    public LogSink Logs { get; }

    public IAnswerService Answers => Services.GetRequiredService<IAnswerService>();

    public static async Task<AdvisorHarness> StartAsync(IKnowledgeSearch knowledge, Dictionary<string, string?>? settings = null, Uri? endpoint = null)
    {
        var server = await FakeOpenAiServer.StartAsync();
        var configuration = new Dictionary<string, string?>
        {
            ["Llm:Provider"] = "OpenAI",
            ["Llm:Endpoint"] = (endpoint ?? server.Endpoint).ToString(),
            ["Llm:ApiKey"] = "test-key",
            ["Llm:ChatModel"] = "fake-model",
            ["Llm:TimeoutSeconds"] = TimeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        foreach (var (key, value) in settings ?? [])
        {
            configuration[key] = value;
        }

        var logs = new LogSink();
        var services = new ServiceCollection()
            .AddLogging(builder => builder.SetMinimumLevel(LogLevel.Debug).AddProvider(logs))
            .AddSingleton(knowledge)
            .AddCareerBotGrounding()
            .AddCareerBotAdvisor(new ConfigurationBuilder().AddInMemoryCollection(configuration).Build())
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        return new AdvisorHarness(server, services, logs);
    }

    /// <summary>
    /// The answer step as the host builds it without a language model (<c>Llm:Provider</c> None): what a user gets
    /// offline, and what the fallback of a failing model must equal.
    /// </summary>
    public static ServiceProvider Offline(IKnowledgeSearch knowledge, Dictionary<string, string?>? settings = null) =>
        new ServiceCollection()
            .AddLogging()
            .AddSingleton(knowledge)
            .AddCareerBotGrounding()
            .AddCareerBotAdvisor(new ConfigurationBuilder().AddInMemoryCollection(settings ?? new() { ["Llm:Provider"] = "None" }).Build())
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Server.DisposeAsync();
    }
}
