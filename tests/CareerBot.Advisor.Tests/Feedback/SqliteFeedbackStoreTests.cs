using System.Text.Json;
using CareerBot.Advisor.Feedback;
using CareerBot.BotFramework.State;
using CareerBot.Testing;
using Microsoft.Data.Sqlite;
using static CareerBot.Advisor.Tests.Feedback.FeedbackSamples;

namespace CareerBot.Advisor.Tests.Feedback;

/// <summary>
/// The store contract against a real SQLite file in a temp directory, plus what only the file has: the bot state's
/// table beside it, persistence, concurrent writers, paging.
/// </summary>
public sealed class SqliteFeedbackStoreTests : FeedbackStoreContractTests, IDisposable
{
    private readonly TempDirectory _directory = new();
    private readonly List<IDisposable> _opened = [];

    protected override IFeedbackStore CreateStore() => Open(_directory.Combine("careerbot.db"));

    private SqliteFeedbackStore Open(string path)
    {
        var store = new SqliteFeedbackStore(path);
        _opened.Add(store);
        return store;
    }

    [Fact]
    public async Task First_use_creates_the_folder_the_file_and_the_feedback_table_in_wal_mode()
    {
        var path = _directory.Combine("nested", "bot.db");
        var store = Open(path);

        await store.SaveAsync(Rating("r1"));

        Assert.Equal(path, store.FilePath);
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
        command.CommandText = "SELECT reaction || '|' || sources FROM feedback WHERE id = 'r1';";
        var row = (string?)await command.ExecuteScalarAsync();
        Assert.StartsWith("like|", row, StringComparison.Ordinal);
        using var sources = JsonDocument.Parse(row!["like|".Length..]);
        Assert.Equal("salaires#junior", sources.RootElement[0].GetProperty("passageId").GetString());
    }

    [Fact]
    public async Task The_file_is_shared_with_the_bot_state_and_both_stay_readable()
    {
        var path = _directory.Combine("shared.db");
        using var state = new SqliteStorage(new SqliteStorageOptions { Path = path });
        var feedback = Open(path);

        await state.WriteAsync(new Dictionary<string, StoreItem> { ["conv/1"] = new(JsonSerializer.SerializeToElement(new { turns = 3 })) });
        await feedback.SaveAsync(Rating("r1", comment: "utile"));
        await state.WriteAsync(new Dictionary<string, StoreItem> { ["conv/2"] = new(JsonSerializer.SerializeToElement(new { turns = 1 })) });

        var items = await state.ReadAsync(["conv/1", "conv/2"]);
        Assert.Equal(3, items["conv/1"].Document.GetProperty("turns").GetInt32());
        Assert.Equal(1, items["conv/2"].Document.GetProperty("turns").GetInt32());
        Assert.Equal("utile", (await feedback.FindAsync("r1"))!.Comment);
        Assert.True(await state.IsReadyAsync());
    }

    [Fact]
    public async Task Ratings_survive_closing_and_reopening_the_file()
    {
        var path = _directory.Combine("persist.db");
        using (var first = new SqliteFeedbackStore(path))
        {
            await first.SaveAsync(Rating("r1", reaction: FeedbackReaction.Dislike, comment: "faux"));
            await first.SaveAsync(Rating("r2", Noon.AddDays(1)));
        }

        var reopened = Open(path);

        var all = await ReadAllAsync(reopened);
        Assert.Equal(["r1", "r2"], all.Select(r => r.Id));
        Assert.Equal(FeedbackReaction.Dislike, all[0].Reaction);
        Assert.Equal("faux", all[0].Comment);
        Assert.Equal(Rating("r1").Sources, all[0].Sources);
    }

    [Fact]
    public async Task Concurrent_saves_from_several_tasks_and_two_instances_lose_nothing()
    {
        var path = _directory.Combine("concurrent.db");
        var stores = new[] { Open(path), Open(path) };

        await Task.WhenAll(Enumerable.Range(0, 6).Select(worker => Task.Run(async () =>
        {
            for (var i = 0; i < 40; i++)
            {
                // Every other save of a worker replaces its previous rating with a comment, as a real user would.
                var id = $"w{worker}-{i / 2}";
                await stores[worker % 2].SaveAsync(Rating(id, Noon.AddSeconds(i), comment: i % 2 == 1 ? $"comment {worker}/{i}" : null));
            }
        })));

        var all = await ReadAllAsync(stores[0]);
        Assert.Equal(120, all.Count);
        Assert.Equal(120, all.Select(r => r.Id).Distinct().Count());
        Assert.All(all, r => Assert.StartsWith("comment ", r.Comment, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Reading_pages_through_more_ratings_than_one_page_in_order()
    {
        var store = Open(_directory.Combine("many.db"));
        // 1 203 ratings, many sharing a timestamp, so that pages end in the middle of equal timestamps.
        for (var i = 0; i < 1_203; i++)
        {
            await store.SaveAsync(Rating($"r{i:D4}", Noon.AddMinutes(i / 7)));
        }

        var all = await ReadAllAsync(store);
        var since = await ReadAllAsync(store, Noon.AddMinutes(100));

        Assert.Equal(Enumerable.Range(0, 1_203).Select(i => $"r{i:D4}"), all.Select(r => r.Id));
        Assert.Equal(1_203 - 700, since.Count);
        Assert.Equal("r0700", since[0].Id);
    }

    [Fact]
    public async Task A_disposed_store_refuses_work()
    {
        var store = new SqliteFeedbackStore(_directory.Combine("disposed.db"));
        store.Dispose();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => store.SaveAsync(Rating("r1")));
    }

    public void Dispose()
    {
        foreach (var store in _opened)
        {
            store.Dispose();
        }

        _directory.Dispose();
    }
}
