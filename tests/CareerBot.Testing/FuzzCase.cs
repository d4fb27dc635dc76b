namespace CareerBot.Testing;

/// <summary>What a well-behaved bot must answer to a <see cref="FuzzCase"/>.</summary>
public enum FuzzExpectation
{
    /// <summary>A well-formed activity: 200.</summary>
    Accepted,

    /// <summary>Malformed: a 4xx with a JSON error body that gives a reason.</summary>
    Refused,

    /// <summary>Well-formed or not depending on how the schema reads the mutated field: 200, or 4xx with a reason.</summary>
    Either,
}

/// <summary>One hostile request: a body (bytes as sent), its content type (none when null), and what must come back.</summary>
public sealed record FuzzCase(int Index, string Mutation, byte[] Body, string? ContentType, FuzzExpectation Expectation, bool IsInvoke = false)
{
    /// <summary>Sent without Content-Length (chunked), as a client streaming its body does.</summary>
    public bool Chunked { get; init; }

    public override string ToString() => $"#{Index} {Mutation} ({Body.Length} bytes, {ContentType ?? "no content type"}{(Chunked ? ", chunked" : string.Empty)})";
}
