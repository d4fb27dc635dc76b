using CareerBot.Advisor.Grounding;
using CareerBot.Advisor.Hosting;
using CareerBot.Advisor.Understanding;
using CareerBot.Advisor.Tests.Support;
using CareerBot.Knowledge;
using Microsoft.Extensions.DependencyInjection;
using Moq;

namespace CareerBot.Advisor.Tests.Hosting;

public sealed class ExtractiveRegistrationTests
{
    [Fact]
    public void The_grounding_services_resolve_as_singletons_over_the_knowledge_base()
    {
        var services = new ServiceCollection();
        services.AddSingleton(FakeKnowledge.With([]));
        services.AddCareerBotGrounding();
        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        Assert.IsType<GroundingGuard>(provider.GetRequiredService<IGroundingGuard>());
        Assert.Same(provider.GetRequiredService<QuestionReader>(), provider.GetRequiredService<QuestionReader>());
    }

    [Fact]
    public void A_service_registered_first_is_kept()
    {
        var guard = Mock.Of<IGroundingGuard>();
        var services = new ServiceCollection();
        services.AddSingleton(guard);
        services.AddSingleton(Mock.Of<IKnowledgeSearch>());

        services.AddCareerBotGrounding();
        using var provider = services.BuildServiceProvider();

        Assert.Same(guard, provider.GetRequiredService<IGroundingGuard>());
    }
}
