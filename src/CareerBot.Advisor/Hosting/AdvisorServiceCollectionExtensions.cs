using CareerBot.Advisor.Answers;
using CareerBot.Advisor.Llm;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using OpenAI;

namespace CareerBot.Advisor.Hosting;

/// <summary>Registers the answer step.</summary>
public static class AdvisorServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IAnswerService"/>, options from sections <c>Answers</c> (<see cref="AnswerOptions"/>) and <c>Llm</c> (see <see cref="LlmOptions"/>, checked at
    /// start-up) and, when <c>Llm:Provider</c> is not None, Semantic Kernel: a <see cref="Kernel"/> whose
    /// <see cref="IChatCompletionService"/> is the OpenAI connector over the configured endpoint, through the named
    /// HttpClient <c>CareerBot.Llm</c>. With <c>Llm:EmbeddingModel</c> it also registers an
    /// <c>IEmbeddingGenerator&lt;string, Embedding&lt;float&gt;&gt;</c>, which makes the knowledge base rank hybrid.
    /// The caller registers the knowledge base (<c>AddCareerBotKnowledge</c>) and the grounding services
    /// (<see cref="Grounding.IGroundingGuard"/>, <see cref="Understanding.QuestionReader"/>:
    /// <see cref="GroundingServiceCollectionExtensions.AddCareerBotGrounding"/>).
    /// </summary>
    public static IServiceCollection AddCareerBotAdvisor(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        var section = configuration.GetSection(LlmOptions.SectionName);
        services.AddOptions<LlmOptions>().Bind(section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<LlmOptions>, LlmOptionsValidator>());
        services.AddOptions<AnswerOptions>().Bind(configuration.GetSection(AnswerOptions.SectionName))
            .Validate(o => o.CacheSize >= 0, "Answers:CacheSize is a number of answers, 0 or more.")
            .ValidateOnStart();

        // What to register depends on the configuration: the knowledge base goes hybrid only when an embedding
        // generator exists at all, and with no provider nothing may reach for the network.
        var configured = section.Get<LlmOptions>() ?? new LlmOptions();
        if (configured.Provider != LlmProvider.None)
        {
            services.AddHttpClient(OpenAiClientFactory.HttpClientName, http => http.Timeout = Timeout.InfiniteTimeSpan)
                // One long-lived client (the OpenAI client keeps it): connections are recycled by the handler
                // instead of by the factory, so DNS changes are still seen.
                .UseSocketsHttpHandler((handler, _) => handler.PooledConnectionLifetime = TimeSpan.FromMinutes(5))
                .SetHandlerLifetime(Timeout.InfiniteTimeSpan);
            services.TryAddSingleton(sp => OpenAiClientFactory.Create(
                sp.GetRequiredService<IOptions<LlmOptions>>().Value,
                sp.GetRequiredService<IHttpClientFactory>().CreateClient(OpenAiClientFactory.HttpClientName)));
            services.TryAddSingleton<IChatCompletionService>(sp => new OpenAIChatCompletionService(
                sp.GetRequiredService<IOptions<LlmOptions>>().Value.ChatModel!,
                sp.GetRequiredService<OpenAIClient>(),
                sp.GetService<ILoggerFactory>()));
            services.AddKernel();
            if (!string.IsNullOrWhiteSpace(configured.EmbeddingModel))
            {
                services.TryAddSingleton<IEmbeddingGenerator<string, Embedding<float>>>(sp => sp.GetRequiredService<OpenAIClient>()
                    .GetEmbeddingClient(sp.GetRequiredService<IOptions<LlmOptions>>().Value.EmbeddingModel)
                    .AsIEmbeddingGenerator());
            }
        }

        services.TryAddSingleton(sp => new LlmGateway(
            configured.Provider == LlmProvider.None ? null : sp.GetRequiredService<Kernel>().GetRequiredService<IChatCompletionService>(),
            sp.GetRequiredService<IOptions<LlmOptions>>(),
            sp.GetRequiredService<ILogger<LlmGateway>>()));
        services.TryAddSingleton<IAnswerService, AnswerService>();
        return services;
    }
}
