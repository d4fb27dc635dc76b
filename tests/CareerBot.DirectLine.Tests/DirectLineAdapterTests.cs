using System.Text.Json;
using CareerBot.BotFramework.Builder;
using CareerBot.BotFramework.Schema;
using CareerBot.DirectLine.Adapter;
using CareerBot.DirectLine.Conversations;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace CareerBot.DirectLine.Tests;

public sealed class DirectLineAdapterTests
{
    private const string ServiceUrl = "http://127.0.0.1:5000/";
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 1, 10, 0, 0, TimeSpan.Zero));
    private readonly ConversationStore _store;
    private readonly DirectLineAdapter _adapter;
    private readonly DirectLineConversation _conversation;

    public DirectLineAdapterTests()
    {
        _store = new ConversationStore(TestOptions.Create(), _clock);
        _adapter = new DirectLineAdapter(_store, _clock);
        _conversation = _store.Create(new ChannelAccount("dl_user", "Ada"));
    }

    private static Mock<IBot> Bot(Func<ITurnContext, Task> turn)
    {
        var bot = new Mock<IBot>();
        bot.Setup(b => b.OnTurnAsync(It.IsAny<ITurnContext>(), It.IsAny<CancellationToken>()))
            .Returns((ITurnContext context, CancellationToken _) => turn(context));
        return bot;
    }

    private IList<Activity> Log() => _conversation.Read(null).Set.Activities;

    [Fact]
    public async Task A_posted_activity_becomes_a_directline_turn_from_the_tokens_user_to_the_bot()
    {
        Activity? seen = null;
        var bot = Bot(context =>
        {
            seen = context.Activity;
            return Task.CompletedTask;
        });
        var posted = new Activity { Type = ActivityTypes.Message, Text = "bonjour", Id = "client-id", From = new ChannelAccount("someone-else") };

        var id = await _adapter.ProcessActivityAsync(_conversation, posted, ServiceUrl, bot.Object, CancellationToken.None);

        Assert.NotNull(seen);
        Assert.Equal($"{_conversation.Id}|0000000", id);
        Assert.Equal(id, seen!.Id);
        Assert.Equal(Channels.DirectLine, seen.ChannelId);
        Assert.Equal(ServiceUrl, seen.ServiceUrl);
        Assert.Equal(_conversation.Id, seen.Conversation!.Id);
        Assert.Equal("dl_user", seen.From!.Id);
        Assert.Equal(DirectLineAdapter.Bot.Id, seen.Recipient!.Id);
        Assert.Equal(_clock.GetUtcNow(), seen.Timestamp);
        // The user's own activity is in the log, as clients expect it back.
        Assert.Equal("bonjour", Assert.Single(Log()).Text);
    }

    [Fact]
    public async Task The_bots_replies_are_appended_from_the_bot_with_service_ids_in_order()
    {
        var bot = Bot(async context =>
        {
            await context.SendActivityAsync("un");
            await context.SendActivitiesAsync([Activity.CreateMessage("deux"), Activity.CreateMessage("trois")]);
        });

        await _adapter.ProcessActivityAsync(_conversation, Activity.CreateMessage("hi"), ServiceUrl, bot.Object, CancellationToken.None);

        var replies = Log().Skip(1).ToList();
        Assert.Equal(["un", "deux", "trois"], replies.Select(a => a.Text));
        Assert.Equal([$"{_conversation.Id}|0000001", $"{_conversation.Id}|0000002", $"{_conversation.Id}|0000003"], replies.Select(a => a.Id));
        Assert.All(replies, a =>
        {
            Assert.Equal(DirectLineAdapter.Bot.Id, a.From!.Id);
            Assert.Equal("dl_user", a.Recipient!.Id);
            Assert.Equal(_conversation.Id, a.Conversation!.Id);
        });
    }

    [Fact]
    public async Task Streaming_typing_activities_flow_like_any_activity_and_an_update_keeps_its_id()
    {
        var channelData = JsonSerializer.SerializeToElement(new { streamType = "streaming", streamSequence = 1 });
        var bot = Bot(async context =>
        {
            var first = await context.SendActivityAsync(new Activity { Type = ActivityTypes.Typing, Text = "Je cherche", ChannelData = channelData });
            await context.UpdateActivityAsync(new Activity { Type = ActivityTypes.Message, Id = first!.Id, Text = "Réponse" });
        });

        await _adapter.ProcessActivityAsync(_conversation, Activity.CreateMessage("hi"), ServiceUrl, bot.Object, CancellationToken.None);

        var log = Log();
        Assert.Equal(3, log.Count);
        Assert.Equal(ActivityTypes.Typing, log[1].Type);
        Assert.Equal("streaming", log[1].ChannelData!.Value.GetProperty("streamType").GetString());
        Assert.Equal(log[1].Id, log[2].Id);
        Assert.Equal("Réponse", log[2].Text);
        Assert.Equal("2", _conversation.Read(null).Set.Watermark);
    }

    [Fact]
    public async Task Trace_activities_are_not_shown_to_direct_line_clients()
    {
        var bot = Bot(context => context.SendActivityAsync(new Activity { Type = ActivityTypes.Trace, Name = "debug" }));

        await _adapter.ProcessActivityAsync(_conversation, Activity.CreateMessage("hi"), ServiceUrl, bot.Object, CancellationToken.None);

        Assert.Single(Log());
    }

    [Fact]
    public async Task The_middleware_wraps_the_turn_and_a_failure_goes_to_OnTurnError()
    {
        var order = new List<string>();
        var middleware = new Mock<IMiddleware>();
        middleware.Setup(m => m.OnTurnAsync(It.IsAny<ITurnContext>(), It.IsAny<NextDelegate>(), It.IsAny<CancellationToken>()))
            .Returns(async (ITurnContext _, NextDelegate next, CancellationToken ct) =>
            {
                order.Add("before");
                await next(ct);
                order.Add("after");
            });
        _adapter.Use(middleware.Object);
        Exception? handled = null;
        _adapter.OnTurnError = async (context, ex) =>
        {
            handled = ex;
            await context.SendActivityAsync("Désolé");
        };
        var bot = Bot(_ =>
        {
            order.Add("bot");
            throw new InvalidOperationException("boom");
        });

        await _adapter.ProcessActivityAsync(_conversation, Activity.CreateMessage("hi"), ServiceUrl, bot.Object, CancellationToken.None);

        Assert.Equal(["before", "bot"], order);
        Assert.IsType<InvalidOperationException>(handled);
        Assert.Equal("Désolé", Log()[^1].Text);
    }

    [Fact]
    public async Task A_conversation_start_greets_the_bot_with_the_user_and_the_bot_and_logs_only_the_welcome()
    {
        Activity? greeting = null;
        var bot = Bot(async context =>
        {
            greeting = context.Activity;
            await context.SendActivityAsync("Bienvenue");
        });

        await _adapter.StartConversationAsync(_conversation, ServiceUrl, bot.Object, "fr-FR", CancellationToken.None);

        Assert.Equal(ActivityTypes.ConversationUpdate, greeting!.Type);
        Assert.Equal([DirectLineAdapter.Bot.Id, "dl_user"], greeting.MembersAdded!.Select(m => m.Id));
        Assert.Equal("fr-FR", greeting.Locale);
        Assert.Equal("Bienvenue", Assert.Single(Log()).Text);
    }

    [Fact]
    public async Task Sending_to_a_forgotten_conversation_fails_clearly()
    {
        var shortLived = new ConversationStore(TestOptions.Create(o => o.ConversationIdleTimeout = TimeSpan.FromMinutes(1)), _clock);
        var adapter = new DirectLineAdapter(shortLived, _clock);
        var conversation = shortLived.Create(new ChannelAccount("dl_user"));
        var bot = Bot(async context =>
        {
            _clock.Advance(TimeSpan.FromMinutes(2));
            await context.SendActivityAsync("trop tard");
        });

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            adapter.ProcessActivityAsync(conversation, Activity.CreateMessage("hi"), ServiceUrl, bot.Object, CancellationToken.None));
        Assert.Contains("is gone", error.Message, StringComparison.Ordinal);
    }
}
