using CareerBot.Advisor.Feedback;

namespace CareerBot.Advisor.Tests.Feedback;

public sealed class FeedbackRecordTests
{
    [Theory]
    // Expected values computed outside .NET: hashlib.sha256(b"msteams:29:1a2b3c").hexdigest()[:32].
    [InlineData("msteams", "29:1a2b3c", "364c25e8525e9fa3a31cb8d0db390054")]
    [InlineData("webchat", "user-42", "53152511fb31af19fccbb8b802f91915")]
    public void HashUser_is_the_first_32_hex_characters_of_the_sha256_of_channel_and_user(string channelId, string userId, string expected)
    {
        Assert.Equal(expected, FeedbackRecord.HashUser(channelId, userId));
    }

    [Fact]
    public void HashUser_is_stable_per_user_and_channel_and_never_shows_the_raw_id()
    {
        var hash = FeedbackRecord.HashUser("msteams", "29:1user");

        Assert.Equal(hash, FeedbackRecord.HashUser("msteams", "29:1user"));
        Assert.NotEqual(hash, FeedbackRecord.HashUser("msteams", "29:2user"));
        Assert.NotEqual(hash, FeedbackRecord.HashUser("webchat", "29:1user"));
        Assert.Matches("^[0-9a-f]{32}$", hash);
        Assert.DoesNotContain("user", hash, StringComparison.Ordinal);
    }

    [Fact]
    public void HashUser_refuses_a_missing_user()
    {
        Assert.ThrowsAny<ArgumentException>(() => FeedbackRecord.HashUser("msteams", ""));
        Assert.ThrowsAny<ArgumentException>(() => FeedbackRecord.HashUser(null!, "29:1user"));
    }
}
