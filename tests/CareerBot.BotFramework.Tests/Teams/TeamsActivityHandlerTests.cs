using System.Text.Json;
using CareerBot.BotFramework.Builder;
using CareerBot.BotFramework.Schema;
using CareerBot.BotFramework.Teams;
using CareerBot.Testing;

namespace CareerBot.BotFramework.Tests.Teams;

public sealed class TeamsActivityHandlerTests
{
    private sealed class FeedbackBot : TeamsActivityHandler
    {
        public List<(TeamsFeedback Feedback, string? RatedId)> Received { get; } = [];

        protected override Task OnTeamsFeedbackAsync(ITurnContext turnContext, TeamsFeedback feedback, string? ratedActivityId, CancellationToken cancellationToken)
        {
            Received.Add((feedback, ratedActivityId));
            return Task.CompletedTask;
        }
    }

    private static async Task<(FeedbackBot Bot, InvokeResponse Response)> InvokeAsync(string name, string value)
    {
        var activity = RecordingAdapter.Message("x");
        activity.Type = ActivityTypes.Invoke;
        activity.Name = name;
        activity.ReplyToId = "answer-7";
        activity.Value = JsonDocument.Parse(value).RootElement.Clone();
        var bot = new FeedbackBot();
        var adapter = new RecordingAdapter();
        await adapter.ProcessAsync(activity, bot.OnTurnAsync);
        var sent = Assert.Single(adapter.Sent);
        return (bot, sent.Value!.Value.Deserialize<InvokeResponse>(BotJson.Options)!);
    }

    [Theory]
    [InlineData("""{"actionName":"feedback","actionValue":{"reaction":"like","feedback":"{\"feedbackText\":\"Clair et utile\"}"}}""", TeamsFeedbackReaction.Like, "Clair et utile")]
    [InlineData("""{"actionName":"feedback","actionValue":{"reaction":"dislike","feedback":{"feedbackText":"Chiffres mélangés"}}}""", TeamsFeedbackReaction.Dislike, "Chiffres mélangés")]
    [InlineData("""{"actionName":"feedback","actionValue":{"reaction":"dislike","feedback":"pas du JSON"}}""", TeamsFeedbackReaction.Dislike, "pas du JSON")]
    [InlineData("""{"actionName":"feedback","actionValue":{"reaction":"like"}}""", TeamsFeedbackReaction.Like, null)]
    public async Task A_feedback_invoke_reaches_OnTeamsFeedbackAsync_typed_with_the_rated_message_and_gets_200(string value, TeamsFeedbackReaction reaction, string? comment)
    {
        var (bot, response) = await InvokeAsync(TeamsFeedback.InvokeName, value);

        Assert.Equal(200, response.Status);
        var (feedback, ratedId) = Assert.Single(bot.Received);
        Assert.Equal(new TeamsFeedback(reaction, comment), feedback);
        Assert.Equal("answer-7", ratedId);
    }

    [Theory]
    [InlineData(TeamsFeedback.InvokeName, """{"actionName":"other"}""")]
    [InlineData(TeamsFeedback.InvokeName, """{"actionName":"feedback","actionValue":{"reaction":"meh"}}""")]
    [InlineData("composeExtension/query", """{"actionName":"feedback","actionValue":{"reaction":"like"}}""")]
    public async Task Any_other_invoke_still_gets_501(string name, string value)
    {
        var (bot, response) = await InvokeAsync(name, value);

        Assert.Equal(501, response.Status);
        Assert.Empty(bot.Received);
    }

    [Fact]
    public void The_feedback_loop_is_turned_on_in_channel_data_keeping_what_is_there()
    {
        var message = Activity.CreateMessage("Réponse");
        message.ChannelData = JsonSerializer.SerializeToElement(new { notification = new { alert = true } });

        TeamsChannelData.WithFeedbackLoop(message);

        Assert.True(message.ChannelData!.Value.GetProperty("feedbackLoopEnabled").GetBoolean());
        Assert.True(message.ChannelData.Value.GetProperty("notification").GetProperty("alert").GetBoolean());
    }
}
