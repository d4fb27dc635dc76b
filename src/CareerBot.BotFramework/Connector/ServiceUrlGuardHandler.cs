namespace CareerBot.BotFramework.Connector;

/// <summary>
/// The outermost handler of the connector's <see cref="HttpClient"/>: refuses any request whose address the
/// <see cref="ServiceUrlAllowList"/> does not allow, whoever built it (a turn, a proactive message from a stored
/// conversation reference), before the retry pipeline and before the bearer token leaves the process.
/// </summary>
internal sealed class ServiceUrlGuardHandler(ServiceUrlAllowList allowList) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return allowList.IsAllowed(request.RequestUri)
            ? base.SendAsync(request, cancellationToken)
            : throw ServiceUrlNotAllowedException.For(request.RequestUri);
    }
}
