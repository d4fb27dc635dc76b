using System.Text.Json;
using System.Text.Json.Serialization;

namespace CareerBot.Knowledge.Evaluation;

/// <summary>
/// The figures of a retrieval evaluation. Rates are 0–1; a rate whose question group is empty is null, and so are
/// the answer metrics without an answer function. <see cref="Questions"/> is the number of questions evaluated.
/// </summary>
public sealed record RetrievalReport(
    [property: JsonPropertyName("recall_at_1")] double? RecallAt1,
    [property: JsonPropertyName("recall_at_3")] double? RecallAt3,
    [property: JsonPropertyName("recall_at_5")] double? RecallAt5,
    [property: JsonPropertyName("mrr")] double? Mrr,
    [property: JsonPropertyName("out_of_scope_false_positive_rate")] double? OutOfScopeFalsePositiveRate,
    [property: JsonPropertyName("fact_accuracy")] double? FactAccuracy,
    [property: JsonPropertyName("grounded_number_rate")] double? GroundedNumberRate,
    [property: JsonPropertyName("questions")] int Questions,
    [property: JsonPropertyName("results")] IReadOnlyList<QuestionResult> Results)
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public string ToJson() => JsonSerializer.Serialize(this, Indented);
}
