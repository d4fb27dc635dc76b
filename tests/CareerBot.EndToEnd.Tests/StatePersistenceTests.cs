using CareerBot.Testing;

namespace CareerBot.EndToEnd.Tests;

public sealed class StatePersistenceTests : IDisposable
{
    private readonly TempDirectory _dataDirectory = new();

    [Fact]
    public async Task Conversation_state_survives_a_killed_and_restarted_process()
    {
        var port = BotProcess.FreePort();
        await using (var first = await BotProcess.StartAsync(BotProcess.SqliteSettings(_dataDirectory), port))
        {
            using var http = new HttpClient { BaseAddress = first.BaseAddress };
            var bot = new BotClient(http, "conv-restart");
            Assert.Contains("n° 1", await ReplyAsync(bot, "un"), StringComparison.Ordinal);
            Assert.Contains("n° 2", await ReplyAsync(bot, "deux"), StringComparison.Ordinal);
            first.Kill();
        }

        await using var second = await BotProcess.StartAsync(BotProcess.SqliteSettings(_dataDirectory), port);
        using var http2 = new HttpClient { BaseAddress = second.BaseAddress };
        var reply = await ReplyAsync(new BotClient(http2, "conv-restart"), "trois");

        Assert.Contains("n° 3", reply, StringComparison.Ordinal);
        Assert.True(File.Exists(_dataDirectory.Combine("state.db")));
    }

    [Fact]
    public async Task Concurrent_turns_of_one_conversation_lose_no_write_in_sqlite()
    {
        await using var process = await BotProcess.StartAsync(BotProcess.SqliteSettings(_dataDirectory));
        using var http = new HttpClient { BaseAddress = process.BaseAddress };
        var bot = new BotClient(http, "conv-parallel");

        var replies = await Task.WhenAll(Enumerable.Range(0, 25).Select(i => ReplyAsync(bot, $"m{i}")));
        var last = await ReplyAsync(bot, "fin");

        Assert.Equal(25, replies.Distinct().Count());
        Assert.Contains("n° 26", last, StringComparison.Ordinal);
    }

    public void Dispose() => _dataDirectory.Dispose();

    /// <summary>The text of the bot's one reply to <paramref name="text"/>.</summary>
    private static async Task<string> ReplyAsync(BotClient bot, string text) => Assert.Single(await bot.SayAsync(text)).Text!;
}
