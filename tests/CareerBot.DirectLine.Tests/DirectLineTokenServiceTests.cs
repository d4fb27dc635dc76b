using CareerBot.DirectLine.Tokens;
using Microsoft.Extensions.Time.Testing;

namespace CareerBot.DirectLine.Tests;

public sealed class DirectLineTokenServiceTests
{
    private static readonly string SharedKey = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 1, 10, 0, 0, TimeSpan.Zero));

    private DirectLineTokenService Create(string? key = null, TimeSpan? lifetime = null) =>
        new(TestOptions.Create(o =>
        {
            o.TokenSigningKey = key ?? SharedKey;
            o.TokenLifetime = lifetime ?? TimeSpan.FromMinutes(30);
        }), _clock);

    [Fact]
    public async Task An_issued_token_validates_to_its_conversation_user_and_expiry()
    {
        var service = Create();

        var issued = service.Issue("conv-1", "dl_user");
        var validation = await service.ValidateAsync(issued.Token);

        Assert.Equal(1800, issued.ExpiresIn);
        Assert.True(validation.IsValid);
        Assert.Equal("conv-1", validation.Claims!.ConversationId);
        Assert.Equal("dl_user", validation.Claims.UserId);
        Assert.Equal(_clock.GetUtcNow().AddMinutes(30), validation.Claims.ExpiresAt);
    }

    [Fact]
    public async Task A_token_is_valid_until_its_lifetime_ends_then_expired()
    {
        var service = Create(lifetime: TimeSpan.FromMinutes(5));
        var token = service.Issue("conv-1", "dl_user").Token;

        _clock.Advance(TimeSpan.FromMinutes(5) - TimeSpan.FromSeconds(1));
        Assert.True((await service.ValidateAsync(token)).IsValid);

        _clock.Advance(TimeSpan.FromSeconds(1));
        var expired = await service.ValidateAsync(token);
        Assert.False(expired.IsValid);
        Assert.Equal(TokenFailure.Expired, expired.Failure);
    }

    [Fact]
    public async Task A_tampered_token_is_invalid()
    {
        var service = Create();
        var token = service.Issue("conv-1", "dl_user").Token;
        var parts = token.Split('.');
        // Another conversation in the payload, the signature left as it was.
        var otherPayload = service.Issue("conv-2", "dl_user").Token.Split('.')[1];

        var swapped = await service.ValidateAsync($"{parts[0]}.{otherPayload}.{parts[2]}");
        var flipped = await service.ValidateAsync($"{parts[0]}.{parts[1]}.{(parts[2][0] == 'A' ? 'B' : 'A')}{parts[2][1..]}");

        Assert.Equal(TokenFailure.Invalid, swapped.Failure);
        Assert.Equal(TokenFailure.Invalid, flipped.Failure);
    }

    [Fact]
    public async Task Instances_with_the_same_key_accept_each_others_tokens_and_random_keys_do_not()
    {
        var token = Create().Issue("conv-1", "dl_user").Token;

        Assert.True((await Create().ValidateAsync(token)).IsValid);
        Assert.Equal(TokenFailure.Invalid, (await Create(key: string.Empty).ValidateAsync(token)).Failure);
    }

    [Fact]
    public async Task A_stream_token_cannot_be_used_as_a_conversation_token_nor_the_reverse()
    {
        var service = Create();
        var stream = service.Issue("conv-1", "dl_user", TokenPurpose.Stream);
        var conversation = service.Issue("conv-1", "dl_user");

        Assert.Equal((int)DirectLineTokenService.StreamTokenLifetime.TotalSeconds, stream.ExpiresIn);
        Assert.True((await service.ValidateAsync(stream.Token, TokenPurpose.Stream)).IsValid);
        Assert.Equal(TokenFailure.Invalid, (await service.ValidateAsync(stream.Token)).Failure);
        Assert.Equal(TokenFailure.Invalid, (await service.ValidateAsync(conversation.Token, TokenPurpose.Stream)).Failure);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-a-jwt")]
    [InlineData("a.b.c")]
    public async Task Garbage_is_invalid(string token)
    {
        Assert.Equal(TokenFailure.Invalid, (await Create().ValidateAsync(token)).Failure);
    }

    [Fact]
    public void The_validator_refuses_a_short_or_non_base64_signing_key()
    {
        var validator = new DirectLineOptionsValidator();

        var tooShort = validator.Validate(null, new DirectLineOptions { TokenSigningKey = Convert.ToBase64String(new byte[16]) });
        var notBase64 = validator.Validate(null, new DirectLineOptions { TokenSigningKey = "%%%" });
        var fine = validator.Validate(null, new DirectLineOptions { TokenSigningKey = SharedKey });

        Assert.True(tooShort.Failed);
        Assert.Contains("at least 32 bytes", tooShort.FailureMessage, StringComparison.Ordinal);
        Assert.True(notBase64.Failed);
        Assert.True(fine.Succeeded);
    }
}
