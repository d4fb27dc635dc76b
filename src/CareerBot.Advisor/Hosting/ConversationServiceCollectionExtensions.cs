using CareerBot.Advisor.Conversation;
using CareerBot.Advisor.Conversation.Roadmaps;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CareerBot.Advisor.Hosting;

/// <summary>Registers the conversation: the advisor bot, its dialogs' services and its state properties.</summary>
public static class ConversationServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="AdvisorBot"/> and what it uses, as singletons, with options from section <c>Bot</c>
    /// (<see cref="ConversationOptions"/>). The caller registers the state (<c>ConversationState</c>, <c>UserState</c>),
    /// the knowledge base, the answer step (<see cref="AdvisorServiceCollectionExtensions.AddCareerBotAdvisor"/>) and
    /// the feedback store (<c>AddCareerBotFeedback</c>).
    /// </summary>
    public static IServiceCollection AddCareerBotConversation(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<ConversationOptions>().Bind(configuration.GetSection(ConversationOptions.SectionName));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<AdvisorState>();
        services.TryAddSingleton<AnswerArchive>();
        services.TryAddSingleton<SourcesReply>();
        services.TryAddSingleton<AnswerReplier>();
        services.TryAddSingleton<AnswerRatings>();
        services.TryAddSingleton<SideQuestion>();
        services.TryAddSingleton<RoadmapBuilder>();
        services.TryAddSingleton<RoadmapMessage>();
        services.TryAddSingleton<AdvisorBot>();
        return services;
    }
}
