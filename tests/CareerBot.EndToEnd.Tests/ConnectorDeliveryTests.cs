using System.Globalization;
using System.Net;
using CareerBot.BotFramework.Schema;
using CareerBot.Testing;

namespace CareerBot.EndToEnd.Tests;

public sealed class ConnectorDeliveryTests : IDisposable
{
    private const int RetryAttempts = 3;

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

    [Fact]
    public async Task Every_reply_of_a_multi_reply_turn_reaches_a_throttling_channel_once_and_in_order()
    {
        await using var channel = await FakeChannelConnector.StartAsync();
        // The tour step and its buttons are two replies: each meets a 429 (with Retry-After) and a 503 before the 200.
        channel.Script(Throttled(), Status(503), Accepted(), Status(503), Throttled(), Accepted());
        await using var bot = await BotProcess.StartAsync(AdvisorSettings());
        using var http = new HttpClient { BaseAddress = bot.BaseAddress };

        var (status, replies) = await TurnAsync(http, channel, "conv-throttled", "visite", expected: 2);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(4, channel.FailedRequests);
        Assert.Contains("Étape 1/8", replies[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("Et ensuite ?", replies[1].Text, StringComparison.Ordinal);
        Assert.Equal(2, channel.Delivered.Count);
        // Each reply was posted three times with the same content, and the second never overtook the first.
        var posted = channel.Requests.Select(r => r.ReadActivity().Text).ToList();
        Assert.Equal([replies[0].Text, replies[0].Text, replies[0].Text, replies[1].Text, replies[1].Text, replies[1].Text], posted);

        var (_, next) = await TurnAsync(http, channel, "conv-throttled", "suivant", expected: 2);
        Assert.StartsWith("**Étape 2/8", next[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_channel_down_beyond_the_retry_budget_fails_the_turn_logged_keeps_the_state_and_the_next_turn_works()
    {
        await using var channel = await FakeChannelConnector.StartAsync();
        await using var bot = await BotProcess.StartAsync(AdvisorSettings());
        using var http = new HttpClient { BaseAddress = bot.BaseAddress };
        await TurnAsync(http, channel, "conv-down", "visite", expected: 2);
        var down = true;
        channel.Respond = (_, _, _) => Task.FromResult(Volatile.Read(ref down) ? Status(503) : Accepted());

        var failing = BotClient.NewActivity(ActivityTypes.Message, "conv-down", "suivant", channel.ServiceUrl.ToString(), DeliveryModes.Normal);
        using (var response = await new BotClient(http, "conv-down").PostAsync(failing))
        {
            // The turn's failure is the bot's to handle: the channel's request is answered, not failed.
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.Equal(2, channel.Delivered.Count); // only the first turn's replies
        Assert.Equal(2 * (RetryAttempts + 1), channel.FailedRequests); // the step, then the apology, each with every retry
        Assert.True(await bot.WaitForOutputAsync($"Unhandled error in the turn of activity {failing.Id}", TimeSpan.FromSeconds(10)), bot.Output);
        Assert.True(await bot.WaitForOutputAsync($"Could not tell the user about the failed turn of activity {failing.Id}", TimeSpan.FromSeconds(10)), bot.Output);

        Volatile.Write(ref down, false);
        var (_, replies) = await TurnAsync(http, channel, "conv-down", "suivant", expected: 2);

        // The failed turn saved nothing: the tour is still after step 1, so the step the user never saw comes now.
        Assert.StartsWith("**Étape 2/8", replies[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("Et ensuite ?", replies[1].Text, StringComparison.Ordinal);
    }

    public void Dispose() => _dataDirectory.Dispose();

    private static ScriptedResponse Status(int status) => new(status);

    private static ScriptedResponse Throttled() => new(429, Headers: new Dictionary<string, string> { ["Retry-After"] = "1" });

    private static ScriptedResponse Accepted() => ScriptedResponse.Ok($$"""{"id":"{{Guid.NewGuid():N}}"}""");

    private Dictionary<string, string?> AdvisorSettings()
    {
        var settings = BotProcess.SqliteSettings(_dataDirectory);
        settings["Bot__Mode"] = "Advisor";
        settings["Connector__MaxRetryAttempts"] = RetryAttempts.ToString(CultureInfo.InvariantCulture);
        settings["Connector__BaseDelay"] = "00:00:00.100";
        return settings;
    }

    /// <summary>Posts <paramref name="text"/> in normal delivery; returns the status and the <paramref name="expected"/> replies the channel accepted, in order.</summary>
    private static async Task<(HttpStatusCode Status, IReadOnlyList<Activity> Replies)> TurnAsync(
        HttpClient http, FakeChannelConnector channel, string conversationId, string text, int expected)
    {
        var message = BotClient.NewActivity(ActivityTypes.Message, conversationId, text, channel.ServiceUrl.ToString(), DeliveryModes.Normal);
        using var response = await new BotClient(http, conversationId).PostAsync(message);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        List<Activity> replies;
        while ((replies = RepliesTo(channel, message)).Count < expected && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        Assert.Equal(expected, replies.Count);
        return (response.StatusCode, replies);
    }

    private static List<Activity> RepliesTo(FakeChannelConnector channel, Activity message) =>
        channel.Delivered.Select(r => r.ReadActivity()).Where(a => a.ReplyToId == message.Id).ToList();

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
