using System.Text.Json.Serialization;

namespace CareerBot.Knowledge.Evaluation;

/// <summary>
/// What happened to one question: the sources of the returned passages in rank order, the rank of the first
/// passage from an expected source (null: none), and with an answer function the answer and its checks.
/// </summary>
public sealed record QuestionResult(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("question")] string Question,
    [property: JsonPropertyName("returned_sources")] IReadOnlyList<string> ReturnedSources,
    [property: JsonPropertyName("first_hit_rank")] int? FirstHitRank)
{
    [JsonPropertyName("answer")]
    public string? Answer { get; init; }

    /// <summary>Null without an answer function or when the question expects no fact.</summary>
    [JsonPropertyName("facts_found")]
    public bool? FactsFound { get; init; }

    /// <summary>Numbers of 100 or more in the answer that appear nowhere in the knowledge base.</summary>
    [JsonPropertyName("ungrounded_numbers")]
    public IReadOnlyList<decimal>? UngroundedNumbers { get; init; }
}
