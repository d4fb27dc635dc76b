using CareerBot.Advisor.Answers;
using CareerBot.Advisor.Llm;
using CareerBot.Advisor.Tests.Llm.Support;
using CareerBot.Knowledge;
using CareerBot.Testing;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Moq;

namespace CareerBot.Advisor.Tests.Llm;

/// <summary><c>AddCareerBotAdvisor</c>: what it registers for each configuration, and the start-up checks.</summary>
[Collection(LlmCollection.Name)]
public sealed class RegistrationTests(RepositoryKnowledge knowledge)
{
    [Fact]
    public async Task A_configured_embedding_model_registers_a_generator_that_calls_the_embeddings_endpoint()
    {
        await using var harness = await AdvisorHarness.StartAsync(knowledge.Knowledge, new() { ["Llm:EmbeddingModel"] = "fake-embedding" });
        var generator = harness.Services.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>();

        var vector = await generator.GenerateVectorAsync("salaire d'un prompt engineer");

        Assert.Equal(FakeOpenAiServer.EmbeddingDimensions, vector.Length);
        var body = Assert.Single(harness.Server.EmbeddingBodies);
        Assert.Contains("\"model\":\"fake-embedding\"", body, StringComparison.Ordinal);
        Assert.Contains("salaire d\\u0027un prompt engineer", body, StringComparison.Ordinal); // the client escapes the apostrophe
    }

    [Fact]
    public async Task With_the_registered_generator_the_knowledge_base_embeds_its_passages_and_ranks_hybrid()
    {
        await using var harness = await AdvisorHarness.StartAsync(knowledge.Knowledge, new() { ["Llm:EmbeddingModel"] = "fake-embedding" });
        using var temp = new TempDirectory();
        using var hybrid = new KnowledgeBase(
            new KnowledgeOptions { Path = Knowledge.Hosting.KnowledgePathResolver.ResolveFolder("knowledge", AppContext.BaseDirectory), IndexPath = temp.Combine("index"), WatchForChanges = false },
            new CapturingLogger<KnowledgeBase>(),
            harness.Services.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>());

        await hybrid.LoadAsync();
        var before = harness.Server.EmbeddingBodies.Count;
        var hits = await hybrid.SearchAsync("Quel est le salaire d'un prompt engineer ?");

        Assert.True(hybrid.Index!.Hybrid);
        Assert.True(before > 0);
        Assert.NotEmpty(hits);
        Assert.Equal(before + 1, harness.Server.EmbeddingBodies.Count); // the question's vector
    }

    [Fact]
    public async Task Without_an_embedding_model_no_generator_is_registered()
    {
        await using var harness = await AdvisorHarness.StartAsync(knowledge.Knowledge);

        Assert.Null(harness.Services.GetService<IEmbeddingGenerator<string, Embedding<float>>>());
        Assert.NotNull(harness.Services.GetRequiredService<Kernel>().GetRequiredService<IChatCompletionService>());
    }

    [Fact]
    public async Task Without_a_provider_the_answers_are_extractive_and_nothing_reaches_for_the_network()
    {
        using var services = Services(new() { ["Llm:Provider"] = "None" }, knowledge.Knowledge);

        var answer = await services.GetRequiredService<IAnswerService>().AnswerAsync(new AnswerRequest("Quel est le salaire d'un prompt engineer ?", "fr"));

        Assert.Equal(AnswerOrigin.Extractive, answer.Origin);
        Assert.Null(services.GetService<IChatCompletionService>());
        Assert.Null(services.GetService<IEmbeddingGenerator<string, Embedding<float>>>());
        Assert.Null(services.GetService<IHttpClientFactory>());
    }

    [Theory]
    [InlineData("OpenAI", null, null, "Llm:ChatModel is required")]
    [InlineData("AzureOpenAI", "gpt-4o-mini", null, "Llm:Endpoint is required")]
    [InlineData("None", null, "text-embedding-3-small", "Llm:EmbeddingModel needs Llm:Provider")]
    public void An_incomplete_configuration_fails_at_start_with_the_key_named(string provider, string? chatModel, string? embeddingModel, string message)
    {
        using var services = Services(new()
        {
            ["Llm:Provider"] = provider,
            ["Llm:ChatModel"] = chatModel,
            ["Llm:EmbeddingModel"] = embeddingModel,
        }, Mock.Of<IKnowledgeSearch>());

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<LlmOptions>>().Value);

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_options_have_the_documented_defaults()
    {
        using var services = Services([], Mock.Of<IKnowledgeSearch>());

        var options = services.GetRequiredService<IOptions<LlmOptions>>().Value;

        Assert.Equal(LlmProvider.None, options.Provider);
        Assert.Equal(20, options.TimeoutSeconds);
        Assert.Equal(600, options.MaxOutputTokens);
        Assert.Equal(0.2, options.Temperature);
        Assert.True(options.Stream);
    }

    private static ServiceProvider Services(Dictionary<string, string?> settings, IKnowledgeSearch knowledge) =>
        AdvisorHarness.Offline(knowledge, settings);
}
