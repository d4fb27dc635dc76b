using System.Net;
using CareerBot.BotFramework.Schema;
using CareerBot.Testing;
using Microsoft.Extensions.Logging;

namespace CareerBot.Web.Tests;

/// <summary>
/// Inbound authentication through the whole host: with an app id configured, only a channel token that passes
/// every check gets a turn; any other request gets a bare 401 whose reason goes to the log, never to the caller.
/// </summary>
public sealed class ChannelAuthenticationTests(AuthenticatedBotFactory host) : IClassFixture<AuthenticatedBotFactory>
{
    public enum BadToken
    {
        None,
        Expired,
        WrongAudience,
        WrongIssuer,
        KeyNotEndorsedForTheChannel,
        ServiceUrlClaimDiffersFromTheActivity,
    }

    [Theory]
    [InlineData(BadToken.None, "No Authorization header")]
    [InlineData(BadToken.Expired, "SecurityTokenExpiredException")]
    [InlineData(BadToken.WrongAudience, "SecurityTokenInvalidAudienceException")]
    [InlineData(BadToken.WrongIssuer, "SecurityTokenInvalidIssuerException")]
    [InlineData(BadToken.KeyNotEndorsedForTheChannel, "not endorsed for channel 'emulator'")]
    [InlineData(BadToken.ServiceUrlClaimDiffersFromTheActivity, "serviceurl claim differs")]
    public async Task Requests_without_a_valid_channel_token_get_a_bare_401_and_no_turn(BadToken badToken, string loggedReason)
    {
        var conversationId = $"conv-{badToken}";
        var http = host.CreateClient();
        var logged = host.AuthenticatorLog.Entries.Count;

        using var response = await new BotClient(http, conversationId) { Bearer = Token(badToken) }
            .PostAsync(BotClient.NewActivity(ActivityTypes.Message, conversationId, "Bonjour"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(string.Empty, await response.Content.ReadAsStringAsync());
        Assert.Equal("Bearer", Assert.Single(response.Headers.WwwAuthenticate).ToString());
        var entry = Assert.Single(host.AuthenticatorLog.Entries.Skip(logged));
        Assert.Equal(LogLevel.Warning, entry.Level);
        Assert.Contains(loggedReason, entry.Message, StringComparison.Ordinal);

        // The refused message never reached the bot: a valid one is the conversation's first.
        var reply = Assert.Single(await ValidClient(http, conversationId).SayAsync("Bonjour"));
        Assert.Contains("n° 1", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_correctly_signed_channel_token_gets_200_with_the_reply()
    {
        var bot = ValidClient(host.CreateClient(), "conv-valid-token");
        var logged = host.AuthenticatorLog.Entries.Count;

        var welcome = Assert.Single(await bot.JoinAsync());
        var reply = Assert.Single(await bot.SayAsync("Bonjour"));

        Assert.Contains("CareerBot", welcome.Text, StringComparison.Ordinal);
        Assert.Contains("Vous avez écrit : « Bonjour »", reply.Text, StringComparison.Ordinal);
        Assert.Contains("n° 1", reply.Text, StringComparison.Ordinal);
        Assert.Equal(logged, host.AuthenticatorLog.Entries.Count);
    }

    private BotClient ValidClient(HttpClient http, string conversationId) =>
        new(http, conversationId) { Bearer = host.Issuer.CreateChannelToken(serviceUrl: BotClient.UnreachableServiceUrl) };

    private string? Token(BadToken badToken) => badToken switch
    {
        BadToken.None => null,
        BadToken.Expired => ChannelToken(expires: DateTime.UtcNow.AddMinutes(-10)),
        BadToken.WrongAudience => ChannelToken(audience: "another-bot-app-id"),
        BadToken.WrongIssuer => ChannelToken(issuer: "https://api.botframework.com.evil.example"),
        BadToken.KeyNotEndorsedForTheChannel => ChannelToken(signingKey: host.WebChatOnlyKey),
        BadToken.ServiceUrlClaimDiffersFromTheActivity => host.Issuer.CreateChannelToken(serviceUrl: "https://attacker.example/"),
        _ => throw new ArgumentOutOfRangeException(nameof(badToken)),
    };

    /// <summary>A channel token for the activities <see cref="BotClient"/> writes, but for what is given.</summary>
    private string ChannelToken(
        string audience = TestTokenIssuer.DefaultAppId,
        TestSigningKey? signingKey = null,
        string issuer = BotFramework.Authentication.AuthenticationConstants.ChannelTokenIssuer,
        DateTime? expires = null) =>
        host.Issuer.CreateChannelToken(audience, BotClient.UnreachableServiceUrl, signingKey, issuer, expires);
}
