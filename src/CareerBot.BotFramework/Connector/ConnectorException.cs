using System.Net;
using CareerBot.BotFramework.Schema;

namespace CareerBot.BotFramework.Connector;

/// <summary>
/// A Bot Connector call that failed: the channel answered with an error status (<see cref="StatusCode"/> and,
/// when the body had one, <see cref="Error"/>), or it could not be reached at all (<see cref="StatusCode"/> is
/// <c>null</c> and <see cref="Exception.InnerException"/> says why).
/// </summary>
public sealed class ConnectorException : Exception
{
    public ConnectorException() { }

    public ConnectorException(string message) : base(message) { }

    public ConnectorException(string message, Exception innerException) : base(message, innerException) { }

    public ConnectorException(string message, HttpStatusCode? statusCode, ErrorResponse? error = null, Exception? innerException = null)
        : base(message, innerException)
    {
        StatusCode = statusCode;
        Error = error;
    }

    /// <summary>The HTTP status the channel answered with; <c>null</c> when no response was received.</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>The channel's <c>{"error":{…}}</c> body, when it sent one.</summary>
    public ErrorResponse? Error { get; }
}
