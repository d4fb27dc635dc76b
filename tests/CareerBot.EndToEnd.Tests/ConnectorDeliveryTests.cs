using System.Net;
using CareerBot.BotFramework.Schema;

namespace CareerBot.EndToEnd.Tests;

public sealed class ConnectorDeliveryTests : IDisposable
{
    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("careerbot-e2e-").FullName;

    private Dictionary<string, string> Settings => new()
    {
        ["Storage__Provider"] = "Sqlite",
        ["Storage__Sqlite__Path"] = Path.Combine(_dataDirectory, "state.db"),
    };

    [Fact]
    public async Task Replies_are_posted_to_the_channel_connector_without_a_token_in_anonymous_mode()
    {
        await using var channel = await FakeChannel.StartAsync();
        await using var bot = await BotProcess.StartAsync(Settings);
        using var http = new HttpClient { BaseAddress = bot.BaseAddress };
        var message = ChannelClient.Message("conv:1;messageid=7", "Bonjour", channel.ServiceUrl.ToString(), DeliveryModes.Normal);

        using var response = await ChannelClient.PostAsync(http, message);
        var received = await channel.WaitForAsync(r => r.Activity.ReplyToId == message.Id, TimeSpan.FromSeconds(30));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"/v3/conversations/{Uri.EscapeDataString("conv:1;messageid=7")}/activities/{message.Id}", received.Path);
        Assert.Null(received.Authorization);
        Assert.Contains("« Bonjour »", received.Activity.Text, StringComparison.Ordinal);
        Assert.Equal("user-1", received.Activity.Recipient!.Id);
    }

    [Fact]
    public async Task A_failing_channel_gets_the_reply_after_retries()
    {
        await using var channel = await FakeChannel.StartAsync(failFirstRequestsWith503: 2);
        await using var bot = await BotProcess.StartAsync(Settings);
        using var http = new HttpClient { BaseAddress = bot.BaseAddress };
        var message = ChannelClient.Message("conv-retry", "Toujours là ?", channel.ServiceUrl.ToString(), DeliveryModes.Normal);

        using var response = await ChannelClient.PostAsync(http, message);
        var received = await channel.WaitForAsync(r => r.Activity.ReplyToId == message.Id, TimeSpan.FromSeconds(30));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, channel.FailedRequests);
        Assert.Single(channel.Requests);
        Assert.Contains("Toujours là ?", received.Activity.Text, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_dataDirectory, recursive: true);
}
