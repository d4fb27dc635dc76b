using CareerBot.Azure.State;

namespace CareerBot.Azure.Tests.State;

public sealed class StorageKeyEscapeTests
{
    [Theory]
    [InlineData("plain-key_1", "plain-key_1")]
    [InlineData("emulator/conversations/abc", "emulator*2Fconversations*2Fabc")]
    [InlineData("a#b?c\\d", "a*23b*3Fc*5Cd")]
    [InlineData("star*", "star*2A")]
    [InlineData("dots.in.the.middle.", "dots.in.the.middle*2E")]
    public void Escape_ReplacesReservedCharacters_AndUnescapeRestoresTheKey(string key, string escaped)
    {
        Assert.Equal(escaped, StorageKeyEscape.EscapeKey(key));
        Assert.Equal(key, StorageKeyEscape.UnescapeKey(escaped));
    }

    [Fact]
    public void DistinctKeys_StayDistinct_AndNoEscapedKeyHoldsAReservedCharacter()
    {
        string[] keys = ["a/b", "a*2Fb", "a*b", "a\\b", "a.", "a*2E", "a#", "a?", "ü/é"];

        var escaped = keys.Select(StorageKeyEscape.EscapeKey).ToList();

        Assert.Equal(keys.Length, escaped.Distinct(StringComparer.Ordinal).Count());
        Assert.All(escaped, e => Assert.True(e.IndexOfAny(['/', '\\', '?', '#']) < 0 && !e.EndsWith('.'), e));
        Assert.Equal(keys, escaped.Select(StorageKeyEscape.UnescapeKey));
    }

    [Fact]
    public void Unescape_RejectsATruncatedSequence()
    {
        Assert.Throws<FormatException>(() => StorageKeyEscape.UnescapeKey("abc*2"));
    }
}
