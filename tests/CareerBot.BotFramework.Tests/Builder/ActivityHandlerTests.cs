using System.Text.Json;
using CareerBot.BotFramework.Builder;
using CareerBot.BotFramework.Schema;
using CareerBot.Testing;

namespace CareerBot.BotFramework.Tests.Builder;

public class ActivityHandlerTests
{
    private sealed class RoutingBot : ActivityHandler
    {
        public List<string> Calls { get; } = [];

        protected override Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Record("message");

        protected override Task OnMembersAddedAsync(IReadOnlyList<ChannelAccount> membersAdded, ITurnContext turnContext, CancellationToken cancellationToken) =>
            Record("added:" + string.Join(",", membersAdded.Select(m => m.Id)));

        protected override Task OnMembersRemovedAsync(IReadOnlyList<ChannelAccount> membersRemoved, ITurnContext turnContext, CancellationToken cancellationToken) =>
            Record("removed:" + string.Join(",", membersRemoved.Select(m => m.Id)));

        protected override Task OnInstallationUpdateAddAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Record("install-add");

        protected override Task OnInstallationUpdateRemoveAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Record("install-remove");

        protected override Task OnReactionsAddedAsync(IReadOnlyList<MessageReaction> reactions, ITurnContext turnContext, CancellationToken cancellationToken) =>
            Record("reactions-added:" + reactions[0].Type);

        protected override Task OnEventActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Record("event:" + turnContext.Activity.Name);

        protected override Task OnTypingActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Record("typing");

        protected override Task OnEndOfConversationActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Record("end");

        protected override Task OnUnrecognizedActivityTypeAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Record("unknown:" + turnContext.Activity.Type);

        private Task Record(string call)
        {
            Calls.Add(call);
            return Task.CompletedTask;
        }
    }

    private static async Task<(RoutingBot Bot, RecordingAdapter Adapter)> RunAsync(Activity activity, RoutingBot? bot = null)
    {
        bot ??= new RoutingBot();
        var adapter = new RecordingAdapter();
        await adapter.ProcessAsync(activity, bot.OnTurnAsync);
        return (bot, adapter);
    }

    private static Activity Of(string type, Action<Activity>? configure = null)
    {
        var activity = RecordingAdapter.Message("x");
        activity.Type = type;
        configure?.Invoke(activity);
        return activity;
    }

    [Fact]
    public async Task Message_goes_to_OnMessageActivityAsync()
    {
        var (bot, _) = await RunAsync(Of(ActivityTypes.Message));
        Assert.Equal(["message"], bot.Calls);
    }

    [Fact]
    public async Task ConversationUpdate_reports_added_and_removed_members_without_the_bot()
    {
        var (bot, _) = await RunAsync(Of(ActivityTypes.ConversationUpdate, a =>
        {
            a.MembersAdded = [new ChannelAccount("bot-1"), new ChannelAccount("user-1"), new ChannelAccount("user-2")];
            a.MembersRemoved = [new ChannelAccount("user-3")];
        }));

        Assert.Equal(["added:user-1,user-2", "removed:user-3"], bot.Calls);
    }

    [Fact]
    public async Task ConversationUpdate_with_only_the_bot_added_calls_nothing()
    {
        var (bot, _) = await RunAsync(Of(ActivityTypes.ConversationUpdate, a => a.MembersAdded = [new ChannelAccount("bot-1")]));
        Assert.Empty(bot.Calls);
    }

    [Theory]
    [InlineData("add", "install-add")]
    [InlineData("add-upgrade", "install-add")]
    [InlineData("remove", "install-remove")]
    [InlineData("remove-upgrade", "install-remove")]
    public async Task InstallationUpdate_routes_by_action(string action, string expected)
    {
        var (bot, _) = await RunAsync(Of(ActivityTypes.InstallationUpdate, a => a.Action = action));
        Assert.Equal([expected], bot.Calls);
    }

    [Fact]
    public async Task Other_types_route_to_their_handlers()
    {
        var bot = new RoutingBot();
        await RunAsync(Of(ActivityTypes.MessageReaction, a => a.ReactionsAdded = [new MessageReaction { Type = "like" }]), bot);
        await RunAsync(Of(ActivityTypes.Event, a => a.Name = "webchat/join"), bot);
        await RunAsync(Of(ActivityTypes.Typing), bot);
        await RunAsync(Of(ActivityTypes.EndOfConversation), bot);
        await RunAsync(Of("somethingNew"), bot);

        Assert.Equal(["reactions-added:like", "event:webchat/join", "typing", "end", "unknown:somethingNew"], bot.Calls);
    }

    [Fact]
    public async Task Unhandled_invoke_produces_a_501_invoke_response()
    {
        var (_, adapter) = await RunAsync(Of(ActivityTypes.Invoke, a => a.Name = "composeExtension/query"));

        var sent = Assert.Single(adapter.Sent);
        Assert.Equal(ActivityTypes.InvokeResponse, sent.Type);
        var response = sent.Value!.Value.Deserialize<InvokeResponse>(BotJson.Options)!;
        Assert.Equal(501, response.Status);
    }
}
