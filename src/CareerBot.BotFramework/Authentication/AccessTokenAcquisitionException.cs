namespace CareerBot.BotFramework.Authentication;

/// <summary>
/// The bot could not get a token for the Bot Framework connector: wrong app id or password, unknown tenant,
/// managed identity not assigned, identity provider unreachable. The inner exception is MSAL's.
/// </summary>
public sealed class AccessTokenAcquisitionException : Exception
{
    public AccessTokenAcquisitionException()
    {
    }

    public AccessTokenAcquisitionException(string message)
        : base(message)
    {
    }

    public AccessTokenAcquisitionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
