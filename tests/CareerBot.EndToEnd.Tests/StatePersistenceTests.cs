namespace CareerBot.EndToEnd.Tests;

public sealed class StatePersistenceTests : IDisposable
{
    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("careerbot-e2e-").FullName;

    private Dictionary<string, string> Settings => new()
    {
        ["Storage__Provider"] = "Sqlite",
        ["Storage__Sqlite__Path"] = Path.Combine(_dataDirectory, "state.db"),
    };

    [Fact]
    public async Task Conversation_state_survives_a_killed_and_restarted_process()
    {
        var port = BotProcess.FreePort();
        await using (var first = await BotProcess.StartAsync(Settings, port))
        {
            using var http = new HttpClient { BaseAddress = first.BaseAddress };
            Assert.Contains("n° 1", await ChannelClient.SayAsync(http, "conv-restart", "un"), StringComparison.Ordinal);
            Assert.Contains("n° 2", await ChannelClient.SayAsync(http, "conv-restart", "deux"), StringComparison.Ordinal);
            first.Kill();
        }

        await using var second = await BotProcess.StartAsync(Settings, port);
        using var http2 = new HttpClient { BaseAddress = second.BaseAddress };
        var reply = await ChannelClient.SayAsync(http2, "conv-restart", "trois");

        Assert.Contains("n° 3", reply, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_dataDirectory, "state.db")));
    }

    [Fact]
    public async Task Concurrent_turns_of_one_conversation_lose_no_write_in_sqlite()
    {
        await using var bot = await BotProcess.StartAsync(Settings);
        using var http = new HttpClient { BaseAddress = bot.BaseAddress };

        var replies = await Task.WhenAll(Enumerable.Range(0, 25).Select(i => ChannelClient.SayAsync(http, "conv-parallel", $"m{i}")));
        var last = await ChannelClient.SayAsync(http, "conv-parallel", "fin");

        Assert.Equal(25, replies.Distinct().Count());
        Assert.Contains("n° 26", last, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_dataDirectory, recursive: true);
}
