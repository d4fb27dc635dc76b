using CareerBot.Azure.State;
using CareerBot.BotFramework.State;
using CareerBot.BotFramework.Tests.State;

namespace CareerBot.Azure.Tests.State;

/// <summary>
/// A conflict storm on one blob in Azurite, through two <see cref="BlobStorage"/> instances with their own clients, as
/// two host processes would have: no write is lost and every conflict (412 on the blob's ETag) is real.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class BlobConflictStormTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task A_storm_of_increments_from_two_instances_on_one_container_loses_no_write()
    {
        var container = azurite.NewContainer();
        var a = new BlobStorage(container);
        var b = new BlobStorage(azurite.NewContainerNamed(container.Name));
        IStorage[] workers = [a, b, a, b, a, b];

        var result = await ConflictStorm.RunAsync(workers, "emulator/conversations/storm", incrementsPerWorker: 10);

        ConflictStorm.AssertNoLostWrite(result, workers.Length * 10);
    }
}
