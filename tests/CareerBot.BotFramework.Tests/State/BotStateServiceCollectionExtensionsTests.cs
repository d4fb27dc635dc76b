using CareerBot.BotFramework.State;
using CareerBot.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Moq;

namespace CareerBot.BotFramework.Tests.State;

public sealed class BotStateServiceCollectionExtensionsTests : IDisposable
{
    private readonly TempDirectory _root = new();

    private static IConfiguration Config(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => KeyValuePair.Create(v.Key, (string?)v.Value))).Build();

    [Fact]
    public async Task WithoutConfiguration_UsesSqliteUnderTheContentRoot()
    {
        await using var provider = new ServiceCollection().AddBotStateStorage(Config(), _root.Path).BuildServiceProvider();

        var storage = Assert.IsType<SqliteStorage>(provider.GetRequiredService<IStorage>());
        Assert.Equal(Path.Combine(_root.Path, "data", "careerbot.db"), storage.FilePath);
        Assert.Same(storage, provider.GetRequiredService<IStorageHealth>());
        Assert.True(await provider.GetRequiredService<IStorageHealth>().IsReadyAsync());
        Assert.True(File.Exists(storage.FilePath));
    }

    [Fact]
    public async Task RegistersStatesAsSingletonsOnTheConfiguredStorage()
    {
        await using var provider = new ServiceCollection()
            .AddBotStateStorage(Config(("Storage:Provider", "memory")), _root.Path)
            .BuildServiceProvider();

        Assert.IsType<MemoryStorage>(provider.GetRequiredService<IStorage>());
        Assert.Same(provider.GetRequiredService<ConversationState>(), provider.GetRequiredService<ConversationState>());
        Assert.Same(provider.GetRequiredService<UserState>(), provider.GetRequiredService<UserState>());

        var turn = new RecordingAdapter().NewTurn();
        var state = provider.GetRequiredService<ConversationState>();
        await state.CreateProperty<int>("n").SetAsync(turn, 5);
        await state.SaveChangesAsync(turn);
        Assert.Single(await provider.GetRequiredService<IStorage>().ReadAsync(["test/conversations/conv-1"]));
    }

    [Fact]
    public async Task RelativeSqlitePath_IsResolvedAgainstTheHostContentRoot()
    {
        var environment = new Mock<IHostEnvironment>();
        environment.SetupGet(e => e.ContentRootPath).Returns(_root.Path);
        var services = new ServiceCollection().AddSingleton(environment.Object);

        await using var provider = services
            .AddBotStateStorage(Config(("Storage:Provider", "Sqlite"), ("Storage:Sqlite:Path", "state/custom.db")))
            .BuildServiceProvider();

        Assert.Equal(Path.Combine(_root.Path, "state", "custom.db"), Assert.IsType<SqliteStorage>(provider.GetRequiredService<IStorage>()).FilePath);
    }

    [Fact]
    public async Task AbsoluteSqlitePath_IsKept()
    {
        var absolute = _root.Combine("elsewhere", "bot.db");

        await using var provider = new ServiceCollection()
            .AddBotStateStorage(Config(("Storage:Sqlite:Path", absolute)), "/not/used")
            .BuildServiceProvider();

        Assert.Equal(absolute, Assert.IsType<SqliteStorage>(provider.GetRequiredService<IStorage>()).FilePath);
    }

    [Fact]
    public void UnknownProvider_FailsAtRegistration()
    {
        var ex = Assert.Throws<InvalidOperationException>(
            () => new ServiceCollection().AddBotStateStorage(Config(("Storage:Provider", "Floppy")), _root.Path));

        Assert.Contains("Floppy", ex.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _root.Dispose();
}
