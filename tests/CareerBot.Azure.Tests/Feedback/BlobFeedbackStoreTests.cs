using CareerBot.Advisor.Feedback;
using CareerBot.Advisor.Tests.Feedback;
using CareerBot.Azure.Feedback;
using static CareerBot.Advisor.Tests.Feedback.FeedbackSamples;

namespace CareerBot.Azure.Tests.Feedback;

/// <summary>The IFeedbackStore contract against a real Azurite, and sharing between two instances.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class BlobFeedbackStoreTests(AzuriteFixture azurite) : FeedbackStoreContractTests
{
    protected override IFeedbackStore CreateStore() => new BlobFeedbackStore(azurite.NewContainer());

    [Fact]
    public async Task Ratings_saved_by_two_instances_are_exported_by_either_oldest_first()
    {
        var container = azurite.NewContainer();
        var a = new BlobFeedbackStore(container);
        var b = new BlobFeedbackStore(azurite.NewContainerNamed(container.Name));

        await a.SaveAsync(Rating("late/1", Noon.AddMinutes(2)));
        await b.SaveAsync(Rating("early#1", Noon));
        await a.SaveAsync(Rating("middle?1", Noon.AddMinutes(1)));

        Assert.Equal(["early#1", "middle?1", "late/1"], (await ReadAllAsync(b)).Select(r => r.Id));
        Assert.Equal("middle?1", (await a.FindAsync("middle?1"))!.Id);
    }
}
