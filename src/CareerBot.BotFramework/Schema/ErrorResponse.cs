namespace CareerBot.BotFramework.Schema;

/// <summary>The error body of the Bot Framework REST APIs: <c>{"error":{"code":"…","message":"…"}}</c>.</summary>
public sealed class ErrorResponse
{
    public ErrorResponse() { }

    public ErrorResponse(string code, string message) => Error = new ErrorDetails { Code = code, Message = message };

    public ErrorDetails? Error { get; set; }
}

/// <summary>The code and message of an <see cref="ErrorResponse"/>.</summary>
public sealed class ErrorDetails
{
    public string? Code { get; set; }
    public string? Message { get; set; }
}
