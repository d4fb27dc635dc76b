using CareerBot.Advisor.Feedback;
using static CareerBot.Advisor.Tests.Feedback.FeedbackSamples;

namespace CareerBot.Advisor.Tests.Feedback;

public sealed class MemoryFeedbackStoreTests : FeedbackStoreContractTests
{
    protected override IFeedbackStore CreateStore() => new MemoryFeedbackStore();

    [Fact]
    public async Task Saves_from_several_threads_are_all_kept()
    {
        await Task.WhenAll(Enumerable.Range(0, 8).Select(worker => Task.Run(async () =>
        {
            for (var i = 0; i < 50; i++)
            {
                await Store.SaveAsync(Rating($"w{worker}-{i}", Noon.AddSeconds(i)));
            }
        })));

        Assert.Equal(400, (await ReadAllAsync(Store)).Count);
    }

    [Fact]
    public async Task Reading_is_a_snapshot_that_survives_deletes_during_the_enumeration()
    {
        await Store.SaveAsync(Rating("a", Noon));
        await Store.SaveAsync(Rating("b", Noon.AddMinutes(1)));

        var seen = new List<string>();
        await foreach (var record in Store.ReadAsync())
        {
            seen.Add(record.Id);
            await Store.DeleteOlderThanAsync(DateTimeOffset.MaxValue);
        }

        Assert.Equal(["a", "b"], seen);
        Assert.Empty(await ReadAllAsync(Store));
    }
}
