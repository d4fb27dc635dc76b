using CareerBot.BotFramework.State;

namespace CareerBot.BotFramework.Tests.State;

public sealed class MemoryStorageTests : StorageContractTests
{
    protected override IStorage CreateStorage() => new MemoryStorage();
}
