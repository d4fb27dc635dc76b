using System.Text.Json;

namespace CareerBot.Knowledge.Tests.Content;

/// <summary>knowledge/eval/questions.jsonl: the retrieval development set is well formed and points at real sources.</summary>
public sealed class QuestionSetTests
{
    private const int MinimumQuestions = 60;
    private static readonly HashSet<string> Languages = new(StringComparer.Ordinal) { "fr", "en" };

    [Fact]
    public void Every_line_is_a_question_with_the_documented_fields()
    {
        var problems = new List<string>();
        foreach (var (number, line) in Lines())
        {
            try
            {
                using var document = JsonDocument.Parse(line);
                var q = document.RootElement;
                if (string.IsNullOrWhiteSpace(Text(q, "id")) || string.IsNullOrWhiteSpace(Text(q, "question")))
                {
                    problems.Add($"line {number}: id or question missing");
                }

                if (!Languages.Contains(Text(q, "language") ?? string.Empty))
                {
                    problems.Add($"line {number}: language '{Text(q, "language")}' is not fr or en");
                }

                if (Text(q, "kind") is not ("answerable" or "out_of_scope"))
                {
                    problems.Add($"line {number}: kind '{Text(q, "kind")}' is not answerable or out_of_scope");
                }

                if (Strings(q, "expected_sources") is null || Strings(q, "expected_facts") is null)
                {
                    problems.Add($"line {number}: expected_sources and expected_facts must be arrays of strings");
                }
            }
            catch (JsonException e)
            {
                problems.Add($"line {number}: not JSON: {e.Message}");
            }
        }

        ContentAssert.NoProblems(problems);
    }

    [Fact]
    public void Ids_are_unique_and_there_are_enough_questions()
    {
        var ids = Questions().Select(q => Text(q, "id")).ToList();

        Assert.True(ids.Count >= MinimumQuestions, $"{ids.Count} questions, at least {MinimumQuestions} expected");
        Assert.Empty(ids.GroupBy(id => id, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key));
    }

    [Fact]
    public void Answerable_questions_name_existing_sources_and_out_of_scope_ones_none()
    {
        var existing = ContentPaths.SourceFiles().Select(Path.GetFileNameWithoutExtension).ToHashSet(StringComparer.Ordinal);
        var problems = new List<string>();

        foreach (var q in Questions())
        {
            var id = Text(q, "id");
            var sources = Strings(q, "expected_sources") ?? [];
            if (Text(q, "kind") == "out_of_scope")
            {
                if (sources.Count > 0 || (Strings(q, "expected_facts") ?? []).Count > 0)
                {
                    problems.Add($"{id}: out_of_scope but expects sources or facts");
                }

                continue;
            }

            if (sources.Count == 0)
            {
                problems.Add($"{id}: answerable without an expected source");
            }

            problems.AddRange(sources.Where(s => !existing.Contains(s)).Select(s => $"{id}: source '{s}' does not exist"));
        }

        ContentAssert.NoProblems(problems);
    }

    [Fact]
    public void Every_expected_fact_is_written_as_in_one_of_the_expected_sources()
    {
        var sources = ContentPaths.SourceFiles().ToDictionary(
            p => Path.GetFileNameWithoutExtension(p),
            p => ContentText.Normalize(File.ReadAllText(p, ContentText.StrictUtf8)),
            StringComparer.Ordinal);
        var problems = new List<string>();

        foreach (var q in Questions())
        {
            var texts = (Strings(q, "expected_sources") ?? []).Where(sources.ContainsKey).Select(s => sources[s]).ToList();
            foreach (var fact in Strings(q, "expected_facts") ?? [])
            {
                // "a|b": any alternative will do; each must be spelled as a source spells it (numbers included).
                var alternatives = fact.Split('|').Select(ContentText.Normalize);
                if (!alternatives.Any(a => a.Length > 0 && texts.Any(t => t.Contains(a, StringComparison.Ordinal))))
                {
                    problems.Add($"{Text(q, "id")}: '{fact}' is in none of its expected sources");
                }
            }
        }

        ContentAssert.NoProblems(problems);
    }

    private static IEnumerable<(int Number, string Line)> Lines() =>
        File.ReadAllLines(ContentPaths.Questions, ContentText.StrictUtf8)
            .Select((line, index) => (index + 1, line))
            .Where(l => !string.IsNullOrWhiteSpace(l.line));

    private static List<JsonElement> Questions() =>
        [.. Lines().Select(l => JsonDocument.Parse(l.Line).RootElement.Clone())];

    private static string? Text(JsonElement q, string name) =>
        q.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static List<string>? Strings(JsonElement q, string name) =>
        q.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
        && value.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String)
            ? [.. value.EnumerateArray().Select(e => e.GetString()!)]
            : null;
}
