using System.Text.Json.Serialization;

namespace CareerBot.Knowledge.Evaluation;

/// <summary>
/// One line of <c>eval/questions.jsonl</c>. <see cref="Kind"/> is <c>answerable</c> or <c>out_of_scope</c>;
/// <see cref="ExpectedFacts"/> entries must all appear in an answer, each as one of its <c>a|b</c> alternatives.
/// </summary>
public sealed record EvalQuestion
{
    public const string OutOfScopeKind = "out_of_scope";

    [JsonPropertyName("id")]
    public required string Id { get; init; }

    [JsonPropertyName("question")]
    public required string Question { get; init; }

    [JsonPropertyName("language")]
    public string? Language { get; init; }

    [JsonPropertyName("kind")]
    public required string Kind { get; init; }

    [JsonPropertyName("expected_sources")]
    public IReadOnlyList<string> ExpectedSources { get; init; } = [];

    [JsonPropertyName("expected_facts")]
    public IReadOnlyList<string> ExpectedFacts { get; init; } = [];

    [JsonIgnore]
    public bool IsOutOfScope => string.Equals(Kind, OutOfScopeKind, StringComparison.Ordinal);
}
