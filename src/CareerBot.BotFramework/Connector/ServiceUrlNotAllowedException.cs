namespace CareerBot.BotFramework.Connector;

/// <summary>
/// A call to a channel service URL that <see cref="ServiceUrlAllowList"/> does not allow was refused before anything
/// (above all the bot's token) was sent.
/// </summary>
public sealed class ServiceUrlNotAllowedException : Exception
{
    public ServiceUrlNotAllowedException() { }

    public ServiceUrlNotAllowedException(string message) : base(message) { }

    public ServiceUrlNotAllowedException(string message, Exception innerException) : base(message, innerException) { }

    /// <summary>The host named in the message: never the whole URL, whose path or query may carry data.</summary>
    public static ServiceUrlNotAllowedException For(Uri? serviceUrl) =>
        new($"The service URL host '{serviceUrl?.Host}' is not in BotFramework:AllowedServiceUrls; nothing was sent to it.");
}
