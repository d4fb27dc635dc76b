using System.Text.Json;
using System.Text.Json.Serialization;

namespace CareerBot.Knowledge.Facts;

/// <summary>
/// One record of <c>facts.json</c>: a fact stated verbatim by <see cref="Quote"/> in source <see cref="Source"/>.
/// The salary fields are set only for <c>kind: salary</c>. Fields this type does not know are kept in
/// <see cref="Extra"/> so that content can grow before the code does.
/// </summary>
public sealed record Fact
{
    public required string Id { get; init; }

    /// <summary>salary | training | employer | sector | skill | career.</summary>
    public required string Kind { get; init; }

    public required string Source { get; init; }

    public required string Quote { get; init; }

    public string? Summary { get; init; }

    public decimal? Amount { get; init; }

    public decimal? AmountMax { get; init; }

    public string? Currency { get; init; }

    /// <summary>month | year | day.</summary>
    public string? Period { get; init; }

    /// <summary>gross | net | unknown.</summary>
    public string? Basis { get; init; }

    /// <summary>junior | confirmed | senior | all.</summary>
    public string? Level { get; init; }

    /// <summary>ISO country code, or null when the source does not say.</summary>
    public string? Country { get; init; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Extra { get; init; }
}
