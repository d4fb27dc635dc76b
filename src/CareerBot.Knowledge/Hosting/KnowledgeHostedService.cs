using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CareerBot.Knowledge.Hosting;

/// <summary>Loads the knowledge base before the host starts serving, then watches the folder if configured.</summary>
internal sealed class KnowledgeHostedService(KnowledgeBase knowledge, IOptions<KnowledgeOptions> options) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await knowledge.LoadAsync(cancellationToken).ConfigureAwait(false);
        if (options.Value.WatchForChanges)
        {
            knowledge.StartWatching();
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
