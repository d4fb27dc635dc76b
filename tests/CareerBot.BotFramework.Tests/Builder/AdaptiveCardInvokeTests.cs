using System.Text.Json;
using CareerBot.BotFramework.Builder;
using CareerBot.BotFramework.Schema;
using CareerBot.Testing;

namespace CareerBot.BotFramework.Tests.Builder;

/// <summary>Adaptive Card Universal Actions: the <c>adaptiveCard/action</c> invoke reaches the bot and its answer goes back.</summary>
public class AdaptiveCardInvokeTests
{
    private sealed class ExecuteBot : ActivityHandler
    {
        public AdaptiveCardInvokeValue? Received { get; private set; }

        protected override Task<AdaptiveCardInvokeResponse> OnAdaptiveCardInvokeAsync(ITurnContext turnContext, AdaptiveCardInvokeValue invokeValue, CancellationToken cancellationToken)
        {
            Received = invokeValue;
            return Task.FromResult(AdaptiveCardInvokeResponse.Message("Done: " + invokeValue.Action!.Verb));
        }
    }

    private static Activity Invoke(object? value)
    {
        var activity = RecordingAdapter.Message(string.Empty, channelId: Channels.MsTeams);
        activity.Type = ActivityTypes.Invoke;
        activity.Text = null;
        activity.Name = AdaptiveCardInvokeValue.InvokeName;
        activity.Value = value is null ? null : JsonSerializer.SerializeToElement(value);
        return activity;
    }

    private static async Task<InvokeResponse> RunAsync(ActivityHandler bot, Activity activity)
    {
        var adapter = new RecordingAdapter();
        await adapter.ProcessAsync(activity, bot.OnTurnAsync);
        var sent = Assert.Single(adapter.Sent);
        Assert.Equal(ActivityTypes.InvokeResponse, sent.Type);
        return sent.Value!.Value.Deserialize<InvokeResponse>(BotJson.Options)!;
    }

    [Fact]
    public async Task An_execute_action_reaches_the_bot_with_its_verb_and_data_and_its_answer_is_the_body_of_a_200()
    {
        var bot = new ExecuteBot();

        var response = await RunAsync(bot, Invoke(new
        {
            action = new { type = "Action.Execute", id = "btn-1", verb = "profile", data = new { command = "profile", level = 2 } },
            trigger = "manual",
        }));

        Assert.Equal("profile", bot.Received!.Action!.Verb);
        Assert.Equal("btn-1", bot.Received.Action.Id);
        Assert.Equal(2, bot.Received.Action.Data!.Value.GetProperty("level").GetInt32());
        Assert.Equal("manual", bot.Received.Trigger);
        Assert.Equal(200, response.Status);
        var body = response.Body!.Value;
        Assert.Equal(200, body.GetProperty("statusCode").GetInt32());
        Assert.Equal("application/vnd.microsoft.activity.message", body.GetProperty("type").GetString());
        Assert.Equal("Done: profile", body.GetProperty("value").GetString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("{}")]
    [InlineData("""{"action":{"type":"Action.Submit","verb":"x"}}""")]
    [InlineData("""{"action":"Action.Execute"}""")]
    public async Task A_value_without_an_execute_action_is_a_400_whose_body_says_why(string? json)
    {
        var bot = new ExecuteBot();

        var response = await RunAsync(bot, Invoke(json is null ? null : JsonDocument.Parse(json).RootElement));

        Assert.Null(bot.Received);
        Assert.Equal(400, response.Status);
        Assert.Equal(400, response.Body!.Value.GetProperty("statusCode").GetInt32());
        Assert.Equal("application/vnd.microsoft.error", response.Body.Value.GetProperty("type").GetString());
        Assert.Equal("BadRequest", response.Body.Value.GetProperty("value").GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_bot_that_does_not_handle_execute_says_so_in_the_card_response()
    {
        var response = await RunAsync(new ActivityHandler(), Invoke(new { action = new { type = "Action.Execute", verb = "anything" } }));

        Assert.Equal(200, response.Status);
        Assert.Equal(501, response.Body!.Value.GetProperty("statusCode").GetInt32());
        Assert.Equal("application/vnd.microsoft.error", response.Body.Value.GetProperty("type").GetString());
        Assert.Contains("anything", response.Body.Value.GetProperty("value").GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_card_response_serializes_as_universal_actions_expect()
    {
        var json = BotJson.Serialize(AdaptiveCardInvokeResponse.Card(new { type = "AdaptiveCard", version = "1.5" }));

        Assert.Equal("""{"statusCode":200,"type":"application/vnd.microsoft.card.adaptive","value":{"type":"AdaptiveCard","version":"1.5"}}""", json);
    }
}
