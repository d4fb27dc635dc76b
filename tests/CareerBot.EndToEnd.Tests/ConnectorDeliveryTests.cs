using System.Net;
using CareerBot.BotFramework.Schema;
using CareerBot.Testing;

namespace CareerBot.EndToEnd.Tests;

public sealed class ConnectorDeliveryTests : IDisposable
{
    private readonly TempDirectory _dataDirectory = new();

    [Fact]
    public async Task Replies_are_posted_to_the_channel_connector_without_a_token_in_anonymous_mode()
    {
        await using var channel = await FakeChannelConnector.StartAsync();

        var (status, message, received) = await SayThroughTheChannelAsync(channel, "conv:1;messageid=7", "Bonjour");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal($"/v3/conversations/{Uri.EscapeDataString("conv:1;messageid=7")}/activities/{message.Id}", received.RawTarget);
        Assert.Null(received.Authorization);
        Assert.Contains("« Bonjour »", received.ReadActivity().Text, StringComparison.Ordinal);
        Assert.Equal("user-1", received.ReadActivity().Recipient!.Id);
    }

    [Fact]
    public async Task A_failing_channel_gets_the_reply_after_retries()
    {
        await using var channel = await FakeChannelConnector.StartAsync();
        channel.FailFirst(2, (int)HttpStatusCode.ServiceUnavailable, retryAfter: "1");

        var (status, _, received) = await SayThroughTheChannelAsync(channel, "conv-retry", "Toujours là ?");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(2, channel.FailedRequests);
        Assert.Single(channel.Delivered);
        Assert.Contains("Toujours là ?", received.ReadActivity().Text, StringComparison.Ordinal);
    }

    public void Dispose() => _dataDirectory.Dispose();

    /// <summary>
    /// Starts the bot, posts a message in normal delivery mode with <paramref name="channel"/> as its service URL,
    /// and waits for the bot's reply to it to reach the channel.
    /// </summary>
    private async Task<(HttpStatusCode Status, Activity Message, RecordedRequest Reply)> SayThroughTheChannelAsync(
        FakeChannelConnector channel, string conversationId, string text)
    {
        await using var bot = await BotProcess.StartAsync(BotProcess.SqliteSettings(_dataDirectory));
        using var http = new HttpClient { BaseAddress = bot.BaseAddress };
        var message = BotClient.NewActivity(ActivityTypes.Message, conversationId, text, channel.ServiceUrl.ToString(), DeliveryModes.Normal);

        using var response = await new BotClient(http, conversationId).PostAsync(message);
        var reply = await channel.WaitForAsync(r => r.ReadActivity().ReplyToId == message.Id, TimeSpan.FromSeconds(30));
        return (response.StatusCode, message, reply);
    }
}
