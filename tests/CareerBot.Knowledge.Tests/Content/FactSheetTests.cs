using System.Text.Json;

namespace CareerBot.Knowledge.Tests.Content;

/// <summary>knowledge/facts.json: every record is traceable to a verbatim passage of its source.</summary>
public sealed class FactSheetTests
{
    private static readonly HashSet<string> Kinds = new(StringComparer.Ordinal) { "salary", "training", "employer", "sector", "skill", "career" };
    private static readonly HashSet<string> Periods = new(StringComparer.Ordinal) { "month", "year", "day" };
    private static readonly HashSet<string> Bases = new(StringComparer.Ordinal) { "gross", "net", "unknown" };
    private static readonly HashSet<string> Levels = new(StringComparer.Ordinal) { "junior", "confirmed", "senior", "all" };
    private static readonly string[] SalaryFields = ["amount", "amountMax", "currency", "period", "basis", "level"];
    private static readonly string[] Figures = ["amount", "amountMax"];

    [Fact]
    public void Facts_have_unique_ids_known_kinds_and_a_summary()
    {
        using var facts = LoadFacts();
        var problems = new List<string>();
        var ids = new HashSet<string>(StringComparer.Ordinal);

        foreach (var fact in facts.RootElement.EnumerateArray())
        {
            var id = Text(fact, "id");
            if (string.IsNullOrWhiteSpace(id) || !ids.Add(id))
            {
                problems.Add($"missing or repeated id '{id}'");
            }

            if (!Kinds.Contains(Text(fact, "kind") ?? string.Empty))
            {
                problems.Add($"{id}: unknown kind '{Text(fact, "kind")}'");
            }

            if (string.IsNullOrWhiteSpace(Text(fact, "summary")))
            {
                problems.Add($"{id}: no summary");
            }
        }

        Assert.NotEmpty(ids);
        ContentAssert.NoProblems(problems);
    }

    [Fact]
    public void Every_quote_is_verbatim_in_its_source()
    {
        using var facts = LoadFacts();
        var sources = LoadSources();
        var problems = new List<string>();

        foreach (var fact in facts.RootElement.EnumerateArray())
        {
            var id = Text(fact, "id");
            var quote = ContentText.Normalize(Text(fact, "quote") ?? string.Empty);
            if (!sources.TryGetValue(Text(fact, "source") ?? string.Empty, out var source))
            {
                problems.Add($"{id}: source '{Text(fact, "source")}' does not exist");
            }
            else if (quote.Length == 0 || !ContentText.Normalize(source.Text).Contains(quote, StringComparison.Ordinal))
            {
                problems.Add($"{id}: quote not in {source.Id}: {quote}");
            }
        }

        ContentAssert.NoProblems(problems);
    }

    [Fact]
    public void Every_quote_comes_from_article_text_not_reader_comments()
    {
        using var facts = LoadFacts();
        var sources = LoadSources();
        var problems = new List<string>();

        foreach (var fact in facts.RootElement.EnumerateArray())
        {
            var quote = ContentText.Normalize(Text(fact, "quote") ?? string.Empty);
            if (sources.TryGetValue(Text(fact, "source") ?? string.Empty, out var source)
                && !source.Blocks.Any(b => !b.IsComment && ContentText.Normalize(b.Text).Contains(quote, StringComparison.Ordinal)))
            {
                problems.Add($"{Text(fact, "id")}: quote is not inside one paragraph or list item of the article");
            }
        }

        ContentAssert.NoProblems(problems);
    }

    [Fact]
    public void Every_figure_of_a_fact_is_in_its_quote()
    {
        using var facts = LoadFacts();
        var problems = new List<string>();
        var figures = 0;

        foreach (var fact in facts.RootElement.EnumerateArray())
        {
            var quote = Text(fact, "quote") ?? string.Empty;
            foreach (var field in Figures)
            {
                if (fact.TryGetProperty(field, out var value) && value.ValueKind != JsonValueKind.Null)
                {
                    figures++;
                    if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt64(out _))
                    {
                        problems.Add($"{Text(fact, "id")}: {field} is not a whole number");
                    }
                    else if (!ContentText.ContainsFigure(quote, value.GetRawText()))
                    {
                        problems.Add($"{Text(fact, "id")}: {field} {value.GetRawText()} is not in the quote");
                    }
                }
            }
        }

        Assert.NotEqual(0, figures);
        ContentAssert.NoProblems(problems);
    }

    [Fact]
    public void Salary_fields_use_the_documented_values_and_other_kinds_leave_them_null()
    {
        using var facts = LoadFacts();
        var problems = new List<string>();

        foreach (var fact in facts.RootElement.EnumerateArray())
        {
            var id = Text(fact, "id");
            if (Text(fact, "kind") != "salary")
            {
                problems.AddRange(SalaryFields.Concat(["country"])
                    .Where(f => fact.TryGetProperty(f, out var v) && v.ValueKind != JsonValueKind.Null)
                    .Select(f => $"{id}: {f} is set on a non-salary fact"));
                continue;
            }

            Check(Periods, "period");
            Check(Bases, "basis");
            Check(Levels, "level");

            var currency = Text(fact, "currency");
            if (currency is not null && (currency.Length != 3 || !currency.All(char.IsAsciiLetterUpper)))
            {
                problems.Add($"{id}: currency '{currency}' is not an ISO code");
            }

            if (Number(fact, "amount") is null && currency is not null)
            {
                problems.Add($"{id}: a currency without an amount");
            }

            if (Number(fact, "amount") is { } low && Number(fact, "amountMax") is { } high && high <= low)
            {
                problems.Add($"{id}: amountMax {high} is not above amount {low}");
            }

            var country = Text(fact, "country");
            if (country is not null && (country.Length != 2 || !country.All(char.IsAsciiLetterUpper)))
            {
                problems.Add($"{id}: country '{country}' is not an ISO code");
            }

            void Check(HashSet<string> allowed, string field)
            {
                if (!allowed.Contains(Text(fact, field) ?? string.Empty))
                {
                    problems.Add($"{id}: {field} '{Text(fact, field)}' is not one of {string.Join('|', allowed)}");
                }
            }
        }

        ContentAssert.NoProblems(problems);
    }

    private static JsonDocument LoadFacts()
    {
        var document = JsonDocument.Parse(File.ReadAllText(ContentPaths.FactSheet, ContentText.StrictUtf8));
        Assert.Equal(JsonValueKind.Array, document.RootElement.ValueKind);
        return document;
    }

    private static Dictionary<string, SourceFile> LoadSources() =>
        ContentPaths.SourceFiles().Select(SourceFile.Load).ToDictionary(s => s.Id, StringComparer.Ordinal);

    private static string? Text(JsonElement fact, string name) =>
        fact.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static decimal? Number(JsonElement fact, string name) =>
        fact.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDecimal() : null;
}
