using Microsoft.Azure.Cosmos;

namespace CareerBot.Azure.State;

/// <summary>
/// A Cosmos DB container, created (with its database) on first use with partition key <c>/id</c>: every item is its
/// own logical partition, which is what a key/value store needs.
/// </summary>
public sealed class CosmosContainerProvider
{
    private readonly Func<Task<Container>> _open;
    private Lazy<Task<Container>> _container;

    public CosmosContainerProvider(CosmosClient client, string database, string container)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentException.ThrowIfNullOrWhiteSpace(database);
        ArgumentException.ThrowIfNullOrWhiteSpace(container);
        _open = async () =>
        {
            var db = await client.CreateDatabaseIfNotExistsAsync(database).ConfigureAwait(false);
            var created = await db.Database.CreateContainerIfNotExistsAsync(container, "/id").ConfigureAwait(false);
            return created.Container;
        };
        _container = new Lazy<Task<Container>>(_open);
    }

    /// <summary>A container that already exists (no creation call).</summary>
    public CosmosContainerProvider(Container container)
    {
        ArgumentNullException.ThrowIfNull(container);
        _open = () => Task.FromResult(container);
        _container = new Lazy<Task<Container>>(_open);
    }

    public async Task<Container> GetAsync(CancellationToken cancellationToken)
    {
        var current = _container;
        try
        {
            return await current.Value.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (CosmosException)
        {
            // The account may have been briefly unreachable: the next call tries to open it again.
            Interlocked.CompareExchange(ref _container, new Lazy<Task<Container>>(_open), current);
            throw;
        }
    }
}
