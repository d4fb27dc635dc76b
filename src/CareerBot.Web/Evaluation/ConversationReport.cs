using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CareerBot.Web.Evaluation;

/// <summary>The pass rate of the turns carrying one tag.</summary>
public sealed record TagRate(
    [property: JsonPropertyName("turns")] int Turns,
    [property: JsonPropertyName("passed")] int Passed,
    [property: JsonPropertyName("rate")] double? Rate);

/// <summary>A failed turn, as the report lists it.</summary>
public sealed record TurnFailure(
    [property: JsonPropertyName("conversation")] string Conversation,
    [property: JsonPropertyName("turn")] int Turn,
    [property: JsonPropertyName("user")] string User,
    [property: JsonPropertyName("tags")] IReadOnlyList<string> Tags,
    [property: JsonPropertyName("failed")] IReadOnlyList<string> Failed,
    [property: JsonPropertyName("body")] string Body);

/// <summary>
/// The figures of a conversation evaluation. Rates are 0–1, null when their group is empty. Answer turns are those
/// tagged answer, followup or english; the word statistics are over their bodies. The citations rate is over every
/// reply with text of every turn.
/// </summary>
public sealed record ConversationReport(
    [property: JsonPropertyName("conversations")] int Conversations,
    [property: JsonPropertyName("turns")] int Turns,
    [property: JsonPropertyName("turn_pass_rate")] double? TurnPassRate,
    [property: JsonPropertyName("answer_turns")] int AnswerTurns,
    [property: JsonPropertyName("answer_turn_rate")] double? AnswerTurnRate,
    [property: JsonPropertyName("tags")] IReadOnlyDictionary<string, TagRate> Tags,
    [property: JsonPropertyName("replies")] int Replies,
    [property: JsonPropertyName("citations_numbered_rate")] double? CitationsNumberedRate,
    [property: JsonPropertyName("answer_words_median")] double? AnswerWordsMedian,
    [property: JsonPropertyName("answer_words_p90")] double? AnswerWordsP90,
    [property: JsonPropertyName("failures")] IReadOnlyList<TurnFailure> Failures)
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public const int BodyExcerpt = 300;

    public static ConversationReport From(int conversations, IReadOnlyList<TurnResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        static double? Rate(int passed, int total) => total == 0 ? null : (double)passed / total;
        var tags = TurnTags.All.ToDictionary(
            tag => tag,
            tag =>
            {
                var tagged = results.Where(r => r.Turn.Has(tag)).ToList();
                var passed = tagged.Count(r => r.Score.Passed);
                return new TagRate(tagged.Count, passed, Rate(passed, tagged.Count));
            });
        var answers = results.Where(r => TurnTags.IsAnswerTurn(r.Turn)).ToList();
        var words = answers.Where(r => r.Score.Replies > 0).Select(r => (double)r.Score.Words).Order().ToList();
        var replies = results.Sum(r => r.Score.Replies);
        return new ConversationReport(
            conversations,
            results.Count,
            Rate(results.Count(r => r.Score.Passed), results.Count),
            answers.Count,
            Rate(answers.Count(r => r.Score.Passed), answers.Count),
            tags,
            replies,
            Rate(results.Sum(r => r.Score.RepliesWithNumberedCitations), replies),
            Percentile(words, 0.5),
            Percentile(words, 0.9),
            results.Where(r => !r.Score.Passed)
                .Select(r => new TurnFailure(r.ConversationId, r.Index, r.Turn.User, r.Turn.Tags, r.Score.Failed, Excerpt(r.Score.Body)))
                .ToList());
    }

    /// <summary>The percentile of sorted values, interpolated between ranks (the median of an even count is the mean of the middle two).</summary>
    public static double? Percentile(IReadOnlyList<double> sorted, double p)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        if (sorted.Count == 0)
        {
            return null;
        }

        var rank = p * (sorted.Count - 1);
        var low = (int)Math.Floor(rank);
        var high = (int)Math.Ceiling(rank);
        return sorted[low] + ((sorted[high] - sorted[low]) * (rank - low));
    }

    public string ToJson() => JsonSerializer.Serialize(this, Indented);

    public string Describe(string path)
    {
        static string Rate(double? value) => value is { } v ? v.ToString("0.000", CultureInfo.InvariantCulture) : "n/a";
        static string Number(double? value) => value is { } v ? v.ToString("0.#", CultureInfo.InvariantCulture) : "n/a";
        var lines = new List<string>
        {
            $"Conversation evaluation of {path} ({Conversations} conversations, {Turns} turns)",
            $"  turns passed                      {Rate(TurnPassRate)}",
            $"  answer turns passed               {Rate(AnswerTurnRate)}  ({AnswerTurns} answer/followup/english turns)",
            $"  citations numbered 1..n           {Rate(CitationsNumberedRate)}  ({Replies} replies)",
            $"  answer body words, median / p90   {Number(AnswerWordsMedian)} / {Number(AnswerWordsP90)}",
            "  per tag (passed / turns):",
        };
        lines.AddRange(Tags.Where(t => t.Value.Turns > 0).Select(t =>
            $"    {t.Key,-18} {t.Value.Passed,3} / {t.Value.Turns,-3}  {Rate(t.Value.Rate)}"));
        if (Failures.Count > 0)
        {
            lines.Add(string.Empty);
            lines.Add($"Failed turns ({Failures.Count}):");
            foreach (var failure in Failures)
            {
                lines.Add($"  {failure.Conversation} #{failure.Turn} [{string.Join(",", failure.Tags)}] {failure.User}");
                lines.Add($"    failed: {string.Join(" | ", failure.Failed)}");
                lines.Add($"    body: {failure.Body.Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ⏎ ", StringComparison.Ordinal)}");
            }
        }

        return string.Join(Environment.NewLine, lines);
    }

    private static string Excerpt(string body) => body.Length <= BodyExcerpt ? body : body[..BodyExcerpt] + "…";
}
