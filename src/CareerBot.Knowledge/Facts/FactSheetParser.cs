using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using CareerBot.Knowledge.Loading;
using CareerBot.Knowledge.Text;

namespace CareerBot.Knowledge.Facts;

/// <summary>
/// Reads <c>facts.json</c> record by record so that every problem names its line: an invalid record is skipped
/// with an error, the others load; a file that is not well-formed JSON is skipped whole.
/// </summary>
internal static class FactSheetParser
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        PropertyNameCaseInsensitive = false,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
    };

    /// <param name="sourceTexts">Loaded source ids and their text, to check each record's source and quote.</param>
    public static IReadOnlyList<Fact> Parse(string text, string file, IReadOnlyDictionary<string, string> sourceTexts, IssueCollector issues)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var facts = new List<Fact>();
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray)
            {
                issues.Error(file, 1, "must be a JSON array of fact records. Skipped.");
                return [];
            }

            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                var line = LineAt(bytes, reader.TokenStartIndex);
                using var record = JsonDocument.ParseValue(ref reader);
                var fact = Validate(record.RootElement, file, line, ids, sourceTexts, issues);
                if (fact is not null)
                {
                    facts.Add(fact);
                }
            }
        }
        catch (JsonException ex)
        {
            issues.Error(file, (int)(ex.LineNumber ?? 0) + 1, $"is not well-formed JSON ({ex.Message}). Skipped.");
            return [];
        }

        return facts;
    }

    private static Fact? Validate(
        JsonElement element,
        string file,
        int line,
        Dictionary<string, int> ids,
        IReadOnlyDictionary<string, string> sourceTexts,
        IssueCollector issues)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            issues.Error(file, line, $"a fact record must be a JSON object, not {element.ValueKind}. Skipped.");
            return null;
        }

        Fact? fact;
        try
        {
            fact = element.Deserialize<Fact>(Json);
        }
        catch (JsonException ex)
        {
            issues.Error(file, line, $"fact record has a field of the wrong type or a missing required field ({ex.Message}). Skipped.");
            return null;
        }

        if (fact is null)
        {
            issues.Error(file, line, "fact record is null. Skipped.");
            return null;
        }

        var problem = FindProblem(fact, ids, sourceTexts);
        if (problem is not null)
        {
            issues.Error(file, line, $"fact '{fact.Id}': {problem}. Skipped.");
            return null;
        }

        ids[fact.Id] = line;
        return fact;
    }

    private static string? FindProblem(Fact fact, Dictionary<string, int> ids, IReadOnlyDictionary<string, string> sourceTexts)
    {
        if (string.IsNullOrWhiteSpace(fact.Id))
        {
            return "empty id";
        }

        if (ids.TryGetValue(fact.Id, out var firstLine))
        {
            return $"duplicate id (first on line {firstLine})";
        }

        if (!sourceTexts.TryGetValue(fact.Source, out var sourceText))
        {
            return $"source '{fact.Source}' does not exist (no valid sources/{fact.Source}.md)";
        }

        if (string.IsNullOrWhiteSpace(fact.Quote))
        {
            return "empty quote";
        }

        if (!Folding.CollapseWhitespace(sourceText).Contains(Folding.CollapseWhitespace(fact.Quote), StringComparison.Ordinal))
        {
            return $"quote \"{fact.Quote}\" is not in sources/{fact.Source}.md";
        }

        if (string.IsNullOrWhiteSpace(fact.Label.Fr) || string.IsNullOrWhiteSpace(fact.Label.En))
        {
            return "'label' needs both 'fr' and 'en'";
        }

        if (fact.Facets.Keys.FirstOrDefault(name => !FacetNames.All.Contains(name)) is { } unknown)
        {
            return $"facet '{unknown}' is not one of {string.Join(", ", FacetNames.All)}";
        }

        if (fact.Facet(FacetNames.Need) is { } need && need is not (Needs.Required or Needs.Optional))
        {
            return $"'need' is '{need}', not one of {Needs.Required}, {Needs.Optional}";
        }

        if (fact.Facets.ContainsKey(FacetNames.Period) || fact.Facets.ContainsKey(FacetNames.Basis))
        {
            return "'period' and 'basis' are salary fields, not facets";
        }

        if (fact.Facets.ContainsKey(FacetNames.Rank))
        {
            return "'rank' is asked by questions; a record's amount says where it stands";
        }

        if (fact.Facets.ContainsKey(FacetNames.Uncovered))
        {
            return "'uncovered' names what no record covers";
        }

        if (fact.Facet(FacetNames.Level) is { } level && fact.Level is null)
        {
            return $"'level' is '{level}', not one of junior, confirmed, senior, all";
        }

        return fact.Topic == FactTopic.Salary ? FindSalaryProblem(fact) : FindPayFieldsProblem(fact);
    }

    /// <summary>
    /// A salary states a figure (amount, currency) or says it gives none ("about half the American salary"): amount
    /// null. Period, basis and level are always checked when given, and required with a figure.
    /// </summary>
    private static string? FindSalaryProblem(Fact fact)
    {
        if (fact.Amount is { } amount)
        {
            if (amount <= 0)
            {
                return "'amount' must be positive";
            }

            if (fact.AmountMax is { } max && max < amount)
            {
                return $"'amountMax' {max} is below 'amount' {amount}";
            }

            if (fact.Currency is not { Length: 3 } || fact.Period is null || fact.Basis is null || fact.Level is null)
            {
                return "a salary with an 'amount' needs 'currency' (3 letters), 'period', 'basis' and a 'level' facet";
            }
        }
        else if (fact.AmountMax is not null)
        {
            return "'amountMax' without 'amount'";
        }

        return null;
    }

    /// <summary>Only a salary carries pay fields: a figure elsewhere would escape the salary answer's checks.</summary>
    private static string? FindPayFieldsProblem(Fact fact) =>
        fact.Amount is null && fact.AmountMax is null && fact.Currency is null && fact.Period is null && fact.Basis is null
            ? null
            : "only a salary record has 'amount', 'amountMax', 'currency', 'period' or 'basis'";

    private static int LineAt(byte[] bytes, long offset)
    {
        var line = 1;
        for (var i = 0L; i < offset; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                line++;
            }
        }

        return line;
    }
}
