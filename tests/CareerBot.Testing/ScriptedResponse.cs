namespace CareerBot.Testing;

/// <summary>What the fake channel answers to one request.</summary>
public sealed record ScriptedResponse(int Status, string? Body = null, IReadOnlyDictionary<string, string>? Headers = null)
{
    public static ScriptedResponse Ok(string body) => new(200, body);

    public bool IsSuccess => Status is >= 200 and < 300;
}
