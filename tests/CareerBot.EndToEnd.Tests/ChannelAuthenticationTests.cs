using System.Net;
using CareerBot.BotFramework.Schema;
using CareerBot.Testing;

namespace CareerBot.EndToEnd.Tests;

/// <summary>
/// The real host process with an app id: it reads the OpenID metadata and keys of a <see cref="TestTokenIssuer"/>
/// on 127.0.0.1 over http, refuses requests without a valid channel token and serves those with one.
/// </summary>
public sealed class ChannelAuthenticationTests(TestTokenIssuer issuer) : IClassFixture<TestTokenIssuer>
{
    [Fact]
    public async Task Only_requests_with_a_valid_channel_token_get_a_turn_and_refusals_do_not_stop_the_bot()
    {
        var settings = issuer.Settings();
        settings["Storage__Provider"] = "Memory";
        // An authenticated bot talks only to the channel services; the test's service URL is on loopback.
        settings["BotFramework__AllowedServiceUrls__0"] = new Uri(BotClient.UnreachableServiceUrl).GetLeftPart(UriPartial.Authority);
        await using var process = await BotProcess.StartAsync(settings);
        using var http = new HttpClient { BaseAddress = process.BaseAddress };
        var message = BotClient.NewActivity(ActivityTypes.Message, "conv-auth", "Bonjour");
        var anonymous = new BotClient(http, "conv-auth");
        var forged = new BotClient(http, "conv-auth") { Bearer = issuer.CreateChannelToken(audience: "another-bot-app-id", serviceUrl: BotClient.UnreachableServiceUrl) };
        var channel = new BotClient(http, "conv-auth") { Bearer = issuer.CreateChannelToken(serviceUrl: BotClient.UnreachableServiceUrl) };

        using var withoutToken = await anonymous.PostAsync(message);
        using var withForgedToken = await forged.PostAsync(message);
        using var withChannelToken = await channel.PostAsync(message);
        var next = await channel.SayAsync("Encore moi");

        Assert.Equal(HttpStatusCode.Unauthorized, withoutToken.StatusCode);
        Assert.Equal(string.Empty, await withoutToken.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, withForgedToken.StatusCode);
        Assert.Equal(string.Empty, await withForgedToken.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, withChannelToken.StatusCode);
        // The two refused posts never reached the bot: the accepted one is the conversation's first message.
        var reply = Assert.Single(BotJson.Deserialize<ExpectedReplies>(await withChannelToken.Content.ReadAsStringAsync())!.Activities);
        Assert.Contains("Vous avez écrit : « Bonjour »", reply.Text, StringComparison.Ordinal);
        Assert.Contains("n° 1", reply.Text, StringComparison.Ordinal);
        Assert.Contains("n° 2", Assert.Single(next).Text, StringComparison.Ordinal);
    }
}
