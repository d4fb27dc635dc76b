using CareerBot.BotFramework.Schema;
using CareerBot.DirectLine.Conversations;
using Microsoft.Extensions.Time.Testing;

namespace CareerBot.DirectLine.Tests;

public sealed class ConversationStoreTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 1, 10, 0, 0, TimeSpan.Zero));

    private ConversationStore Create(Action<DirectLineOptions>? configure = null) => new(TestOptions.Create(configure), _clock);

    private static ChannelAccount User(string id = "dl_user") => new(id);

    [Fact]
    public void Activities_get_ids_numbered_in_order_and_reads_from_a_watermark_return_only_newer_ones()
    {
        var conversation = Create().Create(User());

        var ids = Enumerable.Range(0, 3).Select(i => conversation.Append(Activity.CreateMessage($"m{i}"))).ToList();
        var all = conversation.Read(null).Set;
        var afterFirst = conversation.Read(0).Set;
        var afterLast = conversation.Read(2).Set;

        Assert.Equal([$"{conversation.Id}|0000000", $"{conversation.Id}|0000001", $"{conversation.Id}|0000002"], ids);
        Assert.Equal(["m0", "m1", "m2"], all.Activities.Select(a => a.Text));
        Assert.Equal("2", all.Watermark);
        Assert.Equal(["m1", "m2"], afterFirst.Activities.Select(a => a.Text));
        Assert.Empty(afterLast.Activities);
        Assert.Equal("2", afterLast.Watermark);
    }

    [Fact]
    public void An_empty_conversation_has_no_watermark()
    {
        var set = Create().Create(User()).Read(null).Set;

        Assert.Empty(set.Activities);
        Assert.Null(set.Watermark);
    }

    [Fact]
    public void The_log_keeps_only_the_newest_activities_and_the_numbering_goes_on()
    {
        var conversation = Create(o => o.MaxActivitiesPerConversation = 2).Create(User());

        foreach (var text in new[] { "a", "b", "c" })
        {
            conversation.Append(Activity.CreateMessage(text));
        }

        var set = conversation.Read(null).Set;
        Assert.Equal(["b", "c"], set.Activities.Select(a => a.Text));
        Assert.Equal("2", set.Watermark);
    }

    [Fact]
    public void The_log_holds_a_copy_that_later_changes_by_the_bot_do_not_alter()
    {
        var conversation = Create().Create(User());
        var activity = Activity.CreateMessage("before");

        conversation.Append(activity);
        activity.Text = "after";

        Assert.Equal("before", conversation.Read(null).Set.Activities.Single().Text);
    }

    [Fact]
    public async Task A_reader_waiting_for_news_is_woken_by_the_next_append()
    {
        var conversation = Create().Create(User());
        var (_, changed) = conversation.Read(null);

        Assert.False(changed.IsCompleted);
        conversation.Append(Activity.CreateMessage("news"));

        await changed.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal("news", conversation.Read(null).Set.Activities.Single().Text);
    }

    [Fact]
    public void Past_the_maximum_the_least_recently_active_conversation_is_forgotten()
    {
        var store = Create(o => o.MaxConversations = 2);
        var first = store.Create(User("dl_1"));
        _clock.Advance(TimeSpan.FromSeconds(1));
        var second = store.Create(User("dl_2"));
        _clock.Advance(TimeSpan.FromSeconds(1));
        first.Append(Activity.CreateMessage("still here"));

        var third = store.Create(User("dl_3"));

        Assert.Equal(2, store.Count);
        Assert.Same(first, store.Find(first.Id));
        Assert.Null(store.Find(second.Id));
        Assert.Same(third, store.Find(third.Id));
    }

    [Fact]
    public void An_idle_conversation_expires_and_activity_keeps_one_alive()
    {
        var store = Create(o => o.ConversationIdleTimeout = TimeSpan.FromMinutes(10));
        var idle = store.Create(User("dl_idle"));
        var busy = store.Create(User("dl_busy"));

        _clock.Advance(TimeSpan.FromMinutes(6));
        busy.Append(Activity.CreateMessage("hello"));
        _clock.Advance(TimeSpan.FromMinutes(5));

        Assert.Null(store.Find(idle.Id));
        Assert.Same(busy, store.Find(busy.Id));
    }

    [Fact]
    public void Conversation_ids_are_unique_and_url_safe()
    {
        var store = Create();

        var ids = Enumerable.Range(0, 50).Select(_ => store.Create(User()).Id).ToList();

        Assert.Equal(50, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Matches("^[A-Za-z0-9_-]{22}$", id));
    }

    [Theory]
    [InlineData(null, true, null)]
    [InlineData("", true, null)]
    [InlineData("12", true, 12L)]
    [InlineData("-1", false, null)]
    [InlineData("abc", false, null)]
    public void Watermarks_parse_as_sequence_numbers(string? text, bool ok, long? expected)
    {
        Assert.Equal(ok, DirectLineConversation.TryParseWatermark(text, out var watermark));
        Assert.Equal(expected, watermark);
    }
}
