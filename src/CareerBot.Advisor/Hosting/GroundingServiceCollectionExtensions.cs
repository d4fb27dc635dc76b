using CareerBot.Advisor.Grounding;
using CareerBot.Advisor.Understanding;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CareerBot.Advisor.Hosting;

/// <summary>Registers the grounding side of the answer step.</summary>
public static class GroundingServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IGroundingGuard"/> and <see cref="QuestionReader"/> as singletons (stateless, or caching
    /// per knowledge load). The question reader needs <c>IKnowledgeSearch</c>: register the knowledge base too
    /// (<c>AddCareerBotKnowledge</c>). Existing registrations are kept, so a test or host can swap one in first.
    /// </summary>
    public static IServiceCollection AddCareerBotGrounding(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<IGroundingGuard, GroundingGuard>();
        services.TryAddSingleton<QuestionReader>();
        return services;
    }
}
