using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CareerBot.Knowledge.Hosting;

/// <summary>Registers the knowledge base.</summary>
public static class KnowledgeServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="KnowledgeBase"/> and <see cref="IKnowledgeSearch"/> (one singleton), options from section
    /// <c>Knowledge</c> (see <see cref="KnowledgeOptions"/>; <c>Path</c> found from <paramref name="contentRoot"/>
    /// upwards, <c>IndexPath</c> relative to it), and a hosted service that loads the knowledge at start-up and then
    /// watches it. Ranking is hybrid when an <c>IEmbeddingGenerator&lt;string, Embedding&lt;float&gt;&gt;</c> is
    /// registered, BM25 otherwise.
    /// </summary>
    public static IServiceCollection AddCareerBotKnowledge(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentException.ThrowIfNullOrEmpty(contentRoot);

        services.AddOptions<KnowledgeOptions>()
            .Bind(configuration.GetSection(KnowledgeOptions.SectionName))
            .PostConfigure(o =>
            {
                o.Path = KnowledgePathResolver.ResolveFolder(o.Path, contentRoot);
                o.IndexPath = Path.GetFullPath(o.IndexPath, contentRoot);
            })
            .Validate(o => o.MinScore is >= 0 and <= 1 && o.MinQueryCoverage is >= 0 and <= 1 && o.MinEvidence is >= 0 and <= 1,
                "Knowledge:MinScore, MinQueryCoverage and MinEvidence are shares between 0 and 1.")
            .Validate(o => o.CommentFactor is > 0 and <= 1 && o.FuzzyWeight is > 0 and <= 1 && o.HeadingBoost > 0,
                "Knowledge:CommentFactor and Knowledge:FuzzyWeight are in (0, 1]; Knowledge:HeadingBoost is positive.")
            .Validate(o => o.TopK > 0 && o.FusionK > 0 && o.MaxFileBytes > 0 && o.ReloadDelay >= TimeSpan.Zero,
                "Knowledge:TopK, FusionK and MaxFileBytes are positive; ReloadDelay is not negative.")
            .ValidateOnStart();

        services.TryAddSingleton(sp => new KnowledgeBase(
            sp.GetRequiredService<IOptions<KnowledgeOptions>>().Value,
            sp.GetRequiredService<ILogger<KnowledgeBase>>(),
            sp.GetService<IEmbeddingGenerator<string, Embedding<float>>>()));
        services.TryAddSingleton<IKnowledgeSearch>(sp => sp.GetRequiredService<KnowledgeBase>());
        services.AddHostedService<KnowledgeHostedService>();
        return services;
    }
}
