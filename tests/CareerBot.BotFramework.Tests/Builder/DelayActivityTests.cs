using System.Text.Json;
using CareerBot.BotFramework.Builder;
using CareerBot.BotFramework.Schema;
using Microsoft.Extensions.Time.Testing;

namespace CareerBot.BotFramework.Tests.Builder;

public sealed class DelayActivityTests
{
    [Theory]
    [InlineData("250", 250)]
    [InlineData("0", 0)]
    [InlineData("-5", 0)]
    [InlineData("60000", 10_000)]
    [InlineData("\"soon\"", 1000)]
    [InlineData(null, 1000)]
    public void A_delay_lasts_its_value_in_milliseconds_within_bounds(string? value, int expectedMilliseconds)
    {
        var delay = new Activity { Type = ActivityTypes.Delay, Value = value is null ? null : JsonDocument.Parse(value).RootElement.Clone() };

        Assert.Equal(TimeSpan.FromMilliseconds(expectedMilliseconds), DelayActivity.DurationOf(delay));
    }

    [Fact]
    public async Task Waiting_ends_when_the_clock_has_moved_by_the_delay()
    {
        var time = new FakeTimeProvider();
        var wait = DelayActivity.WaitAsync(new Activity { Type = ActivityTypes.Delay, Value = JsonSerializer.SerializeToElement(500) }, time, CancellationToken.None);

        time.Advance(TimeSpan.FromMilliseconds(499));
        Assert.False(wait.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(1));
        await wait;
    }
}
