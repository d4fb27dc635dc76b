using CareerBot.Advisor.Hosting;
using CareerBot.Knowledge;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.Advisor.Benchmarks;

/// <summary>
/// The answer step as the host builds it (<c>AddCareerBotGrounding</c> then <c>AddCareerBotAdvisor</c>) over a given
/// knowledge base, with the <c>Llm</c> settings of one mode. No logging provider: writing logs is not what is measured.
/// No answer cache (<c>Answers:CacheSize</c> 0): each query measures retrieval and composition, not a dictionary look-up.
/// </summary>
internal static class AdvisorServices
{
    /// <summary>Sent by the streaming mode as the bearer token; the fake server does not check it.</summary>
    public const string ApiKey = "bench-key";

    public static ServiceProvider Build(IKnowledgeSearch knowledge, Dictionary<string, string?> llmSettings) =>
        new ServiceCollection()
            .AddLogging()
            .AddSingleton(knowledge)
            .AddCareerBotGrounding()
            .AddCareerBotAdvisor(new ConfigurationBuilder()
                .AddInMemoryCollection(llmSettings)
                .AddInMemoryCollection(new Dictionary<string, string?> { ["Answers:CacheSize"] = "0" })
                .Build())
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
}
