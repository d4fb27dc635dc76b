using CareerBot.Knowledge.Hosting;
using CareerBot.Knowledge.Tests.Support;
using CareerBot.Testing;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CareerBot.Knowledge.Tests.Hosting;

public sealed class KnowledgeRegistrationTests
{
    [Fact]
    public async Task The_host_finds_the_knowledge_folder_above_its_content_root_and_loads_it_at_start()
    {
        using var temp = new TempDirectory();
        using var fixture = KnowledgeFolder.FromFixture();
        CopyDirectory(fixture.Path, temp.Combine("knowledge"));
        var contentRoot = temp.Combine("src", "CareerBot.Web");
        Directory.CreateDirectory(contentRoot);

        using var host = BuildHost(contentRoot, new Dictionary<string, string?> { ["Knowledge:WatchForChanges"] = "false" });
        await host.StartAsync();

        var options = host.Services.GetRequiredService<IOptions<KnowledgeOptions>>().Value;
        Assert.Equal(temp.Combine("knowledge"), options.Path);
        Assert.Equal(Path.Combine(contentRoot, "data", "index"), options.IndexPath);
        var search = host.Services.GetRequiredService<IKnowledgeSearch>();
        Assert.Same(host.Services.GetRequiredService<KnowledgeBase>(), search);
        Assert.NotEmpty(search.Search("salaire prompt engineer"));
        Assert.Equal(3, search.Sources.Count);
        Assert.True(Directory.Exists(Path.Combine(contentRoot, "data", "index")));
        await host.StopAsync();
    }

    [Fact]
    public async Task A_registered_embedding_generator_makes_the_ranking_hybrid()
    {
        using var folder = KnowledgeFolder.FromFixture();
        using var host = BuildHost(folder.Path, new Dictionary<string, string?>
        {
            ["Knowledge:Path"] = folder.Path,
            ["Knowledge:IndexPath"] = folder.IndexPath,
        }, services => services.AddSingleton<IEmbeddingGenerator<string, Embedding<float>>>(new HashingEmbeddingGenerator()));
        await host.StartAsync();

        Assert.True(host.Services.GetRequiredService<KnowledgeBase>().Index!.Hybrid);
        await host.StopAsync();
    }

    [Fact]
    public async Task Invalid_options_stop_the_host_at_start()
    {
        using var folder = KnowledgeFolder.FromFixture();
        using var host = BuildHost(folder.Path, new Dictionary<string, string?> { ["Knowledge:MinScore"] = "2" });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
        Assert.Contains("MinScore", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Path_resolution_keeps_absolute_paths_and_falls_back_to_the_content_root()
    {
        using var temp = new TempDirectory();

        Assert.Equal(temp.Combine("elsewhere"), KnowledgePathResolver.ResolveFolder(temp.Combine("elsewhere"), temp.Path));
        Assert.Equal(temp.Combine("kb"), KnowledgePathResolver.ResolveFolder("kb", temp.Path));
    }

    private static IHost BuildHost(string contentRoot, Dictionary<string, string?> settings, Action<IServiceCollection>? more = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = contentRoot, DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddLogging();
        more?.Invoke(builder.Services);
        builder.Services.AddCareerBotKnowledge(builder.Configuration, builder.Environment.ContentRootPath);
        return builder.Build();
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
