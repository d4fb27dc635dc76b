using CareerBot.BotFramework.Authentication;
using CareerBot.BotFramework.Schema;
using CareerBot.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CareerBot.BotFramework.Tests.Authentication;

/// <summary>
/// The authenticator against real HTTP: metadata and keys come from a <see cref="TestTokenIssuer"/> on
/// 127.0.0.1, tokens are real RS256 JWTs.
/// </summary>
public sealed class ChannelRequestAuthenticatorTests(TestTokenIssuer issuer) : IClassFixture<TestTokenIssuer>
{
    private const string AppId = TestTokenIssuer.DefaultAppId;

    private readonly CapturingLogger<ChannelRequestAuthenticator> _logger = new();

    [Fact]
    public async Task Valid_channel_token_gives_an_authenticated_identity_with_the_token_claims()
    {
        using var authenticator = Create();

        var identity = await authenticator.AuthenticateAsync(Bearer(issuer.CreateChannelToken()), ChannelActivity());

        Assert.True(identity.IsAuthenticated);
        Assert.Equal(AuthenticationConstants.ChannelTokenIssuer, identity.FindFirst("iss")?.Value);
        Assert.Equal(AppId, identity.FindFirst("aud")?.Value);
        Assert.Equal(TestTokenIssuer.DefaultServiceUrl, identity.FindFirst(AuthenticationConstants.ServiceUrlClaim)?.Value);
        Assert.Empty(_logger.Entries);
    }

    [Fact]
    public async Task Bearer_scheme_is_case_insensitive()
    {
        using var authenticator = Create();

        var identity = await authenticator.AuthenticateAsync("bearer " + issuer.CreateChannelToken(), ChannelActivity());

        Assert.True(identity.IsAuthenticated);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Bearer")]
    [InlineData("Bearer ")]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("Bearer not-a-jwt")]
    [InlineData("Bearer aaa.bbb.ccc")]
    [InlineData("Bearer one two")]
    public async Task Missing_or_malformed_authorization_header_is_rejected(string? header)
    {
        using var authenticator = Create();

        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => authenticator.AuthenticateAsync(header, ChannelActivity()));
    }

    [Fact]
    public async Task Token_expired_beyond_the_five_minute_skew_is_rejected()
    {
        using var authenticator = Create();
        var token = issuer.CreateChannelToken(expires: DateTime.UtcNow.AddMinutes(-10));

        var error = await Assert.ThrowsAsync<UnauthorizedAccessException>(() => authenticator.AuthenticateAsync(Bearer(token), ChannelActivity()));

        Assert.Contains("Expired", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Token_expired_within_the_five_minute_skew_is_accepted()
    {
        using var authenticator = Create();
        var token = issuer.CreateChannelToken(expires: DateTime.UtcNow.AddMinutes(-2));

        var identity = await authenticator.AuthenticateAsync(Bearer(token), ChannelActivity());

        Assert.True(identity.IsAuthenticated);
    }

    [Fact]
    public async Task Token_for_another_audience_is_rejected()
    {
        using var authenticator = Create();
        var token = issuer.CreateChannelToken(audience: "another-bot-app-id");

        var error = await Assert.ThrowsAsync<UnauthorizedAccessException>(() => authenticator.AuthenticateAsync(Bearer(token), ChannelActivity()));

        Assert.Contains("Audience", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Token_from_another_issuer_signed_by_a_channel_key_is_rejected()
    {
        using var authenticator = Create();
        var token = issuer.CreateChannelToken(issuer: "https://api.botframework.com.evil.example");

        var error = await Assert.ThrowsAsync<UnauthorizedAccessException>(() => authenticator.AuthenticateAsync(Bearer(token), ChannelActivity()));

        Assert.Contains("Issuer", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Key_not_endorsed_for_the_activity_channel_is_rejected()
    {
        var webChatOnly = issuer.CreateKey("webchat-only-key", "webchat");
        issuer.PublishChannelKey(webChatOnly);
        using var authenticator = Create();
        var token = issuer.CreateChannelToken(signingKey: webChatOnly);

        // Endorsed for webchat: accepted there, refused for Teams.
        var identity = await authenticator.AuthenticateAsync(Bearer(token), ChannelActivity(channelId: "webchat"));
        var error = await Assert.ThrowsAsync<UnauthorizedAccessException>(
            () => authenticator.AuthenticateAsync(Bearer(token), ChannelActivity(channelId: "msteams")));

        Assert.True(identity.IsAuthenticated);
        Assert.Contains("not endorsed for channel 'msteams'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Service_url_claim_differing_from_the_activity_is_rejected()
    {
        using var authenticator = Create();
        var token = issuer.CreateChannelToken(serviceUrl: "https://attacker.example/");

        var error = await Assert.ThrowsAsync<UnauthorizedAccessException>(() => authenticator.AuthenticateAsync(Bearer(token), ChannelActivity()));

        Assert.Contains("serviceurl", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Channel_token_without_service_url_claim_is_rejected()
    {
        using var authenticator = Create();
        var token = issuer.CreateChannelToken(serviceUrl: null);

        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => authenticator.AuthenticateAsync(Bearer(token), ChannelActivity()));
    }

    [Fact]
    public async Task Token_signed_by_an_unpublished_key_under_a_published_key_id_is_rejected()
    {
        using var impostor = new TestSigningKey(issuer.ChannelKey.KeyId, "msteams");
        using var authenticator = Create();
        var token = issuer.CreateChannelToken(signingKey: impostor);

        var error = await Assert.ThrowsAsync<UnauthorizedAccessException>(() => authenticator.AuthenticateAsync(Bearer(token), ChannelActivity()));

        Assert.Contains("Signature", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_key_id_refreshes_the_metadata_once_then_is_rejected_without_further_downloads()
    {
        using var unknown1 = new TestSigningKey("never-published-1", "msteams");
        using var unknown2 = new TestSigningKey("never-published-2", "msteams");
        using var authenticator = Create();
        await authenticator.AuthenticateAsync(Bearer(issuer.CreateChannelToken()), ChannelActivity());
        var downloadsBefore = issuer.ChannelKeysRequests;

        await Assert.ThrowsAsync<UnauthorizedAccessException>(
            () => authenticator.AuthenticateAsync(Bearer(issuer.CreateChannelToken(signingKey: unknown1)), ChannelActivity()));
        var downloadsAfterFirst = issuer.ChannelKeysRequests;
        await Assert.ThrowsAsync<UnauthorizedAccessException>(
            () => authenticator.AuthenticateAsync(Bearer(issuer.CreateChannelToken(signingKey: unknown2)), ChannelActivity()));

        // One refresh for the first unknown key; the throttle keeps forged key ids from forcing more downloads.
        Assert.Equal(downloadsBefore + 1, downloadsAfterFirst);
        Assert.Equal(downloadsAfterFirst, issuer.ChannelKeysRequests);
    }

    [Fact]
    public async Task Token_signed_by_a_rotated_in_key_is_accepted_after_refreshing_the_metadata()
    {
        // A private issuer: publishing a key here must not leak into the other tests' metadata.
        await using var rotating = await TestTokenIssuer.StartAsync();
        using var authenticator = Create(rotating.Options());
        await authenticator.AuthenticateAsync(Bearer(rotating.CreateChannelToken()), ChannelActivity());
        Assert.Equal(1, rotating.ChannelKeysRequests);

        var newKey = rotating.CreateKey("channel-key-2", "msteams");
        rotating.PublishChannelKey(newKey);
        var identity = await authenticator.AuthenticateAsync(Bearer(rotating.CreateChannelToken(signingKey: newKey)), ChannelActivity());

        Assert.True(identity.IsAuthenticated);
        Assert.Equal(2, rotating.ChannelKeysRequests);

        // The refreshed keys are cached: both keys now validate without another download.
        await authenticator.AuthenticateAsync(Bearer(rotating.CreateChannelToken(signingKey: newKey)), ChannelActivity());
        await authenticator.AuthenticateAsync(Bearer(rotating.CreateChannelToken()), ChannelActivity());
        Assert.Equal(2, rotating.ChannelKeysRequests);
    }

    [Fact]
    public async Task Channel_token_signed_by_an_entra_key_is_rejected()
    {
        using var authenticator = Create();
        var token = issuer.CreateChannelToken(signingKey: issuer.EntraKey);

        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => authenticator.AuthenticateAsync(Bearer(token), ChannelActivity()));
    }

    [Fact]
    public async Task Unreachable_metadata_rejects_the_request()
    {
        var options = issuer.Options();
        options.BotOpenIdMetadataUrl = issuer.BaseUrl + "/no-such-metadata";
        using var authenticator = Create(options);

        var error = await Assert.ThrowsAsync<UnauthorizedAccessException>(
            () => authenticator.AuthenticateAsync(Bearer(issuer.CreateChannelToken()), ChannelActivity()));

        Assert.Contains("metadata", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1.0")]
    [InlineData("2.0")]
    public async Task Emulator_token_whose_app_id_claim_is_this_bot_is_accepted(string version)
    {
        using var authenticator = Create();
        var token = issuer.CreateEmulatorToken(version: version);

        var identity = await authenticator.AuthenticateAsync(Bearer(token), EmulatorActivity());

        Assert.True(identity.IsAuthenticated);
        Assert.Equal(version, identity.FindFirst(AuthenticationConstants.VersionClaim)?.Value);
    }

    [Theory]
    [InlineData("1.0")]
    [InlineData("2.0")]
    public async Task Emulator_token_of_another_app_is_rejected(string version)
    {
        using var authenticator = Create();
        var token = issuer.CreateEmulatorToken(clientAppId: "someone-elses-app", version: version);

        var error = await Assert.ThrowsAsync<UnauthorizedAccessException>(() => authenticator.AuthenticateAsync(Bearer(token), EmulatorActivity()));

        Assert.Contains(version == "1.0" ? "'appid'" : "'azp'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Emulator_token_with_unknown_version_is_rejected()
    {
        using var authenticator = Create();
        var token = issuer.CreateEmulatorToken(version: "3.0");

        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => authenticator.AuthenticateAsync(Bearer(token), EmulatorActivity()));
    }

    [Fact]
    public async Task Emulator_token_for_another_audience_is_rejected()
    {
        using var authenticator = Create();
        var token = issuer.CreateEmulatorToken(audience: "another-bot-app-id");

        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => authenticator.AuthenticateAsync(Bearer(token), EmulatorActivity()));
    }

    [Fact]
    public async Task Emulator_token_signed_by_a_bot_framework_key_is_rejected()
    {
        using var authenticator = Create();
        var token = issuer.CreateEmulatorToken(signingKey: issuer.ChannelKey);

        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => authenticator.AuthenticateAsync(Bearer(token), EmulatorActivity()));
    }

    [Fact]
    public async Task Entra_token_of_the_configured_tenant_is_accepted_and_of_other_tenants_rejected()
    {
        const string tenant = "0d6a2c4e-1111-4b2a-9c3d-5e7f9a1b3c5d";
        using var authenticator = Create(issuer.Options(tenantId: tenant));

        var identity = await authenticator.AuthenticateAsync(Bearer(issuer.CreateEmulatorToken(tenantId: tenant, version: "2.0")), EmulatorActivity());
        await Assert.ThrowsAsync<UnauthorizedAccessException>(
            () => authenticator.AuthenticateAsync(Bearer(issuer.CreateEmulatorToken(tenantId: "99999999-2222-4b2a-9c3d-5e7f9a1b3c5d")), EmulatorActivity()));

        Assert.True(identity.IsAuthenticated);
    }

    [Fact]
    public async Task Anonymous_mode_accepts_a_request_without_header_as_unauthenticated()
    {
        using var authenticator = Create(issuer.Options(appId: null));

        var identity = await authenticator.AuthenticateAsync(null, EmulatorActivity());

        Assert.False(identity.IsAuthenticated);
        Assert.Empty(identity.Claims);
    }

    [Fact]
    public async Task Anonymous_mode_ignores_an_authorization_header()
    {
        using var authenticator = Create(issuer.Options(appId: null));

        var identity = await authenticator.AuthenticateAsync("Bearer whatever", EmulatorActivity());

        Assert.False(identity.IsAuthenticated);
    }

    [Fact]
    public async Task Rejection_is_logged_as_warning_with_the_reason_and_without_the_token()
    {
        using var authenticator = Create();
        var token = issuer.CreateChannelToken(serviceUrl: "https://attacker.example/");

        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => authenticator.AuthenticateAsync(Bearer(token), ChannelActivity()));

        var entry = Assert.Single(_logger.Entries);
        Assert.Equal(LogLevel.Warning, entry.Level);
        Assert.Contains("serviceurl", entry.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(token, entry.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(token.Split('.')[2], entry.Message, StringComparison.Ordinal);
    }

    private ChannelRequestAuthenticator Create(BotFrameworkAuthenticationOptions? options = null) =>
        new(Options.Create(options ?? issuer.Options()), _logger);

    private static string Bearer(string token) => "Bearer " + token;

    private static Activity ChannelActivity(string channelId = TestTokenIssuer.DefaultChannelId) => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = channelId,
        ServiceUrl = TestTokenIssuer.DefaultServiceUrl,
        Text = "hello",
    };

    private static Activity EmulatorActivity() => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = "emulator",
        ServiceUrl = "http://localhost:55123",
        Text = "hello",
    };
}
