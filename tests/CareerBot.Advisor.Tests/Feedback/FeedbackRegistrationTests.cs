using CareerBot.Advisor.Feedback;
using CareerBot.Advisor.Hosting;
using CareerBot.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CareerBot.Advisor.Tests.Feedback;

public sealed class FeedbackRegistrationTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    private static IConfiguration Settings(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value))).Build();

    private ServiceProvider Build(IConfiguration configuration)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddCareerBotFeedback(configuration, _directory.Path);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    [Fact]
    public void By_default_ratings_go_to_the_bot_state_file_under_the_content_root()
    {
        using var provider = Build(Settings());

        var store = Assert.IsType<SqliteFeedbackStore>(provider.GetRequiredService<IFeedbackStore>());
        Assert.Equal(Path.Combine(_directory.Path, "data", "careerbot.db"), store.FilePath);
        Assert.Same(store, provider.GetRequiredService<IFeedbackStore>());
        Assert.Equal(180, provider.GetRequiredService<IOptions<FeedbackOptions>>().Value.RetentionDays);
    }

    [Fact]
    public void A_configured_sqlite_path_is_the_one_the_bot_state_uses()
    {
        using var provider = Build(Settings(("Storage:Provider", "sqlite"), ("Storage:Sqlite:Path", "state/bot.db")));

        var store = Assert.IsType<SqliteFeedbackStore>(provider.GetRequiredService<IFeedbackStore>());
        Assert.Equal(Path.Combine(_directory.Path, "state", "bot.db"), store.FilePath);
    }

    [Fact]
    public void The_memory_provider_keeps_ratings_in_memory_and_the_retention_runs_as_a_hosted_service()
    {
        using var provider = Build(Settings(("Storage:Provider", "Memory"), ("Feedback:RetentionDays", "30")));

        Assert.IsType<MemoryFeedbackStore>(provider.GetRequiredService<IFeedbackStore>());
        Assert.IsType<FeedbackRetention>(Assert.Single(provider.GetServices<IHostedService>()));
        Assert.Equal(30, provider.GetRequiredService<IOptions<FeedbackOptions>>().Value.RetentionDays);
    }

    [Fact]
    public void A_provider_with_no_feedback_store_is_refused_by_name_at_registration()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            new ServiceCollection().AddCareerBotFeedback(Settings(("Storage:Provider", "Blob")), _directory.Path));

        Assert.Contains("'Blob'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("36501")]
    public void A_retention_out_of_range_is_refused(string days)
    {
        using var provider = Build(Settings(("Storage:Provider", "Memory"), ("Feedback:RetentionDays", days)));

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<FeedbackOptions>>().Value);
        Assert.Contains("Feedback:RetentionDays", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_host_with_a_negative_retention_does_not_start()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddLogging();
        builder.Services.AddCareerBotFeedback(Settings(("Storage:Provider", "Memory"), ("Feedback:RetentionDays", "-5")), _directory.Path);
        using var host = builder.Build();

        await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
    }

    public void Dispose() => _directory.Dispose();
}
