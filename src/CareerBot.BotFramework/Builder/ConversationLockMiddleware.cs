namespace CareerBot.BotFramework.Builder;

/// <summary>
/// Runs the turns of one conversation one after the other inside this process. Channels may deliver two
/// activities of a conversation at once (a double click, Teams retries); without this their state writes
/// would collide. Locks are striped by conversation id so memory stays bounded whatever the traffic;
/// across processes the storage eTags still catch collisions.
/// </summary>
public sealed class ConversationLockMiddleware : IMiddleware, IDisposable
{
    private const int StripeCount = 1024;
    private readonly SemaphoreSlim[] _stripes = Enumerable.Range(0, StripeCount).Select(_ => new SemaphoreSlim(1, 1)).ToArray();

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        var key = $"{turnContext.Activity.ChannelId}/{turnContext.Activity.Conversation?.Id}";
        var stripe = _stripes[(int)((uint)StringComparer.Ordinal.GetHashCode(key) % StripeCount)];
        await stripe.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await next(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            stripe.Release();
        }
    }

    public void Dispose()
    {
        foreach (var stripe in _stripes)
        {
            stripe.Dispose();
        }
    }
}
