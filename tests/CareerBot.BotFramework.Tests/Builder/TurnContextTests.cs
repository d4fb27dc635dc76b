using CareerBot.BotFramework.Builder;
using CareerBot.BotFramework.Schema;
using CareerBot.Testing;

namespace CareerBot.BotFramework.Tests.Builder;

public class TurnContextTests
{
    [Fact]
    public async Task SendActivityAsync_addresses_the_reply_back_to_the_sender()
    {
        var adapter = new RecordingAdapter();
        var context = new TurnContext(adapter, RecordingAdapter.Message("salut"));

        var response = await context.SendActivityAsync("bonjour");

        var sent = Assert.Single(adapter.Sent);
        Assert.Equal(ActivityTypes.Message, sent.Type);
        Assert.Equal("bonjour", sent.Text);
        Assert.Equal("bot-1", sent.From!.Id);
        Assert.Equal("user-1", sent.Recipient!.Id);
        Assert.Equal("conv-1", sent.Conversation!.Id);
        Assert.Equal("incoming-1", sent.ReplyToId);
        Assert.Equal("test", sent.ChannelId);
        Assert.Equal("http://127.0.0.1:9/", sent.ServiceUrl);
        Assert.Equal("sent-0", response!.Id);
        Assert.True(context.Responded);
    }

    [Fact]
    public async Task Responded_stays_false_for_non_message_activities()
    {
        var context = new TurnContext(new RecordingAdapter(), RecordingAdapter.Message("x"));

        await context.SendActivityAsync(Activity.CreateTyping());

        Assert.False(context.Responded);
    }

    [Fact]
    public async Task OnSendActivities_handlers_run_in_registration_order_and_can_change_activities()
    {
        var adapter = new RecordingAdapter();
        var context = new TurnContext(adapter, RecordingAdapter.Message("x"));
        var order = new List<string>();
        context.OnSendActivities(async (_, activities, next) =>
        {
            order.Add("first");
            activities[0].Text += " [1]";
            return await next();
        });
        context.OnSendActivities(async (_, activities, next) =>
        {
            order.Add("second");
            activities[0].Text += " [2]";
            return await next();
        });

        await context.SendActivityAsync("a");

        Assert.Equal(["first", "second"], order);
        Assert.Equal("a [1] [2]", adapter.Sent[0].Text);
    }

    [Fact]
    public async Task A_send_handler_that_does_not_call_next_stops_the_send()
    {
        var adapter = new RecordingAdapter();
        var context = new TurnContext(adapter, RecordingAdapter.Message("x"));
        context.OnSendActivities((_, _, _) => Task.FromResult(Array.Empty<ResourceResponse>()));

        var response = await context.SendActivityAsync("hidden");

        Assert.Null(response);
        Assert.Empty(adapter.Sent);
        Assert.False(context.Responded);
    }

    [Fact]
    public void TurnState_stores_values_by_type_and_by_key()
    {
        var context = new TurnContext(new RecordingAdapter(), RecordingAdapter.Message("x"));
        var list = new List<int> { 1 };

        context.TurnState.Set(list);
        context.TurnState.Set("named", "value");

        Assert.Same(list, context.TurnState.Get<List<int>>());
        Assert.Equal("value", context.TurnState.Get<string>("named"));
        Assert.Null(context.TurnState.Get<string>("missing"));
        Assert.True(context.TurnState.Remove("named"));
        Assert.False(context.TurnState.ContainsKey("named"));
    }
}
