using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using CareerBot.Knowledge.Tests.Content;

namespace CareerBot.Knowledge.Tests.Facts;

/// <summary>
/// knowledge/facts.json (v2) and knowledge/vocabulary.json, read with System.Text.Json and checked against the
/// sources as knowledge/README.md describes them, independently of the Knowledge library's parser.
/// </summary>
public sealed partial class FactSheetContentTests
{
    private const int MaxLabelWords = 14;

    private static readonly string[] Topics =
    [
        "role", "tasks", "skills", "coding", "models", "ethics", "degree", "bac", "schools", "selfTraining", "portfolio",
        "employers", "sectors", "jobBoards", "freelance", "salary", "career", "outlook", "upsides", "downsides", "hiring",
        "definitions", "people", "codes", "market", "backgrounds",
    ];

    private static readonly string[] SalaryFields = ["amount", "amountMax", "currency", "period", "basis"];

    private static readonly HashSet<string> Currencies = new(StringComparer.Ordinal) { "EUR", "USD" };
    private static readonly HashSet<string> Periods = new(StringComparer.Ordinal) { "month", "year", "day" };
    private static readonly HashSet<string> Bases = new(StringComparer.Ordinal) { "gross", "net", "unknown" };

    /// <summary>The closed list of facet keys and, for each, the check its values must pass.</summary>
    private static readonly Dictionary<string, Func<string, bool>> FacetValues = new(StringComparer.Ordinal)
    {
        ["level"] = OneOf("junior", "confirmed", "senior", "all"),
        ["country"] = v => CountryCode().IsMatch(v),
        ["skillType"] = OneOf("hard", "soft"),
        ["degree"] = OneOf("bac5", "bachelor", "master", "bac", "none"),
        ["sector"] = OneOf(
            "videoGames", "banking", "insurance", "aerospace", "automotive", "consulting", "health", "tech", "marketing",
            "research", "public", "ecommerce", "education", "design", "finance", "law", "cybersecurity"),
        ["stance"] = OneOf("lasting", "obsolete"),
        ["need"] = OneOf("required", "optional"),
        ["person"] = v => KebabCase().IsMatch(v),
        ["context"] = OneOf("remote", "jobOffer", "summaryBox"),
        // A question's facet only: the fact sheet parser rejects it on a record, whose period is its salary field.
        ["period"] = OneOf("month", "year", "day"),
        ["basis"] = OneOf("gross", "net"),
        // A question's facet only, rejected on a record as well.
        ["rank"] = OneOf("highest", "lowest"),
        ["uncovered"] = OneOf("hours", "funding", "contract", "leave", "retirement"),
    };

    /// <summary>
    /// Capitalised label words that need not be in the quote: acronyms and the English (or French) spelling of a
    /// word the quote writes otherwise (IA/AI, "États-Unis"/United States, "anglais"/English, "Suisse"/Switzerland,
    /// "université"/University, "Bac +5"/Bac+5).
    /// </summary>
    private static readonly HashSet<string> CapitalisedAllowed = new(StringComparer.Ordinal)
    {
        "Bac", "IA", "AI", "LLM", "LLMs", "NLP", "English", "French", "US", "USA", "United", "States", "American",
        "Switzerland", "University",
    };

    /// <summary>
    /// Article paragraphs and list items that no record quotes, each with the reason it states nothing a reader
    /// could ask about. Identified by source and the beginning of the text.
    /// </summary>
    private static readonly (string Source, string Start, string Reason)[] Uncovered =
    [
        ("001_5d6b6b6e5216ff0e", "Parmi les compétences techniques, on retiendra notamment", "introduces the list that follows, whose items are records"),
        ("002_f045bf2ae9a81f74", "Source : ZDNet.com", "attribution line of the article"),
    ];

    [Fact]
    public void Records_have_unique_ids_a_known_topic_and_an_existing_source()
    {
        var sources = LoadSources();
        var problems = new List<string>();
        var ids = new HashSet<string>(StringComparer.Ordinal);

        foreach (var fact in Facts())
        {
            var id = Text(fact, "id");
            if (string.IsNullOrWhiteSpace(id) || !ids.Add(id))
            {
                problems.Add($"missing or repeated id '{id}'");
            }

            if (!Topics.Contains(Text(fact, "topic")))
            {
                problems.Add($"{id}: unknown topic '{Text(fact, "topic")}'");
            }

            if (!sources.ContainsKey(Text(fact, "source") ?? string.Empty))
            {
                problems.Add($"{id}: source '{Text(fact, "source")}' has no file in knowledge/sources");
            }

            if (fact.TryGetProperty("kind", out _) || fact.TryGetProperty("summary", out _))
            {
                problems.Add($"{id}: v1 field 'kind' or 'summary' left in a v2 record");
            }
        }

        Assert.NotEmpty(ids);
        ContentAssert.NoProblems(problems);
    }

    [Fact]
    public void Every_quote_is_verbatim_inside_one_article_paragraph_not_a_reader_comment()
    {
        var sources = LoadSources();
        var problems = new List<string>();

        foreach (var fact in Facts())
        {
            var id = Text(fact, "id");
            var quote = ContentText.Normalize(Text(fact, "quote") ?? string.Empty);
            if (quote.Length == 0)
            {
                problems.Add($"{id}: no quote");
            }
            else if (sources.TryGetValue(Text(fact, "source") ?? string.Empty, out var source)
                && !source.Blocks.Any(b => b.Kind != SourceBlockKind.Heading && !b.IsComment && ContentText.Normalize(b.Text).Contains(quote, StringComparison.Ordinal)))
            {
                problems.Add($"{id}: quote is not inside one paragraph or list item of {source.Id} (outside reader comments): {quote}");
            }
        }

        ContentAssert.NoProblems(problems);
    }

    [Fact]
    public void Labels_are_bilingual_short_and_read_inside_a_sentence()
    {
        var problems = new List<string>();

        foreach (var (id, language, label, _) in Labels())
        {
            if (string.IsNullOrWhiteSpace(label))
            {
                problems.Add($"{id}: no {language} label");
                continue;
            }

            var words = CountWords(label);
            if (words > MaxLabelWords)
            {
                problems.Add($"{id}: {language} label has {words} words (at most {MaxLabelWords}): {label}");
            }

            // "Olivier P." ends with the period of an initial, not of a sentence.
            if (label.EndsWith('.') && !Initial().IsMatch(label))
            {
                problems.Add($"{id}: {language} label ends with a period: {label}");
            }

            if (label != label.Trim())
            {
                problems.Add($"{id}: {language} label has leading or trailing spaces");
            }
        }

        ContentAssert.NoProblems(problems);
    }

    [Fact]
    public void Every_figure_of_a_label_is_a_figure_of_its_quote()
    {
        var problems = new List<string>();
        var figures = 0;

        foreach (var (id, language, label, quote) in Labels())
        {
            var inQuote = Figures(quote);
            foreach (var figure in Figures(label))
            {
                figures++;
                if (!inQuote.Contains(figure))
                {
                    problems.Add($"{id}: {language} label figure {figure} is not a figure of the quote");
                }
            }
        }

        Assert.NotEqual(0, figures);
        ContentAssert.NoProblems(problems);
    }

    [Fact]
    public void Every_capitalised_word_of_a_label_is_in_its_quote()
    {
        var problems = new List<string>();

        foreach (var (id, language, label, quote) in Labels())
        {
            // The first word counts too: a label starts lowercase unless it starts with a proper noun.
            foreach (Match word in Word().Matches(label))
            {
                var text = word.Value;
                if (char.IsUpper(text[0]) && !CapitalisedAllowed.Contains(text)
                    && !Word().Matches(quote).Any(w => string.Equals(w.Value, text, StringComparison.OrdinalIgnoreCase)))
                {
                    problems.Add($"{id}: {language} label word '{text}' is not in the quote");
                }
            }
        }

        ContentAssert.NoProblems(problems);
    }

    [Fact]
    public void Facets_use_the_closed_list_and_have_vocabulary_words()
    {
        using var vocabulary = LoadVocabulary();
        var words = vocabulary.RootElement.GetProperty("facets");
        var problems = new List<string>();

        foreach (var fact in Facts())
        {
            var id = Text(fact, "id");
            if (!fact.TryGetProperty("facets", out var facets))
            {
                continue;
            }

            if (facets.ValueKind != JsonValueKind.Object)
            {
                problems.Add($"{id}: facets is not an object");
                continue;
            }

            foreach (var facet in facets.EnumerateObject())
            {
                var value = facet.Value.ValueKind == JsonValueKind.String ? facet.Value.GetString()! : string.Empty;
                if (!FacetValues.TryGetValue(facet.Name, out var isValid))
                {
                    problems.Add($"{id}: facet '{facet.Name}' is not in the closed list");
                }
                else if (!isValid(value))
                {
                    problems.Add($"{id}: facet {facet.Name} has an invalid value '{value}'");
                }
                else if (facet.Name != "need" // Questions never narrow by a need: the "need" and "without" lists ask about one.
                    && (!words.TryGetProperty(facet.Name, out var values) || !values.TryGetProperty(value, out var list)
                    || list.ValueKind != JsonValueKind.Array || list.GetArrayLength() == 0))
                {
                    problems.Add($"{id}: facet {facet.Name}={value} has no words in vocabulary.json");
                }
            }
        }

        ContentAssert.NoProblems(problems);
    }

    [Fact]
    public void Salary_fields_are_consistent_and_only_on_salary_records()
    {
        var problems = new List<string>();
        var amounts = 0;

        foreach (var fact in Facts())
        {
            var id = Text(fact, "id");
            var quote = Text(fact, "quote") ?? string.Empty;
            if (Text(fact, "topic") != "salary")
            {
                problems.AddRange(SalaryFields.Where(f => fact.TryGetProperty(f, out _)).Select(f => $"{id}: {f} on a {Text(fact, "topic")} record"));
                continue;
            }

            if (!fact.TryGetProperty("facets", out var facets) || !facets.TryGetProperty("level", out _))
            {
                problems.Add($"{id}: a salary record without a level facet");
            }

            if (!fact.TryGetProperty("amount", out var amount))
            {
                problems.Add($"{id}: a salary record without 'amount' (a number, or null when the source gives no figure)");
                continue;
            }

            var low = Number(fact, "amount");
            var high = Number(fact, "amountMax");
            if (amount.ValueKind != JsonValueKind.Null && low is not > 0)
            {
                problems.Add($"{id}: amount is neither a positive number nor null");
            }

            if (fact.TryGetProperty("amountMax", out var max) && max.ValueKind != JsonValueKind.Null && (high is null || low is null || high < low))
            {
                problems.Add($"{id}: amountMax must be a number not below amount");
            }

            if (low is null)
            {
                if (fact.TryGetProperty("currency", out var currency) && currency.ValueKind != JsonValueKind.Null)
                {
                    problems.Add($"{id}: a currency without an amount");
                }

                CheckOptional(Periods, "period");
                CheckOptional(Bases, "basis");
                continue;
            }

            amounts++;
            CheckRequired(Currencies, "currency");
            CheckRequired(Periods, "period");
            CheckRequired(Bases, "basis");
            foreach (var figure in new[] { low, high }.OfType<decimal>())
            {
                if (!ContentText.ContainsFigure(quote, figure.ToString(CultureInfo.InvariantCulture)))
                {
                    problems.Add($"{id}: figure {figure} is not in the quote");
                }
            }

            void CheckRequired(HashSet<string> allowed, string field)
            {
                if (!allowed.Contains(Text(fact, field) ?? string.Empty))
                {
                    problems.Add($"{id}: {field} '{Text(fact, field)}' is not one of {string.Join('|', allowed)}");
                }
            }

            void CheckOptional(HashSet<string> allowed, string field)
            {
                if (fact.TryGetProperty(field, out var value) && value.ValueKind != JsonValueKind.Null)
                {
                    CheckRequired(allowed, field);
                }
            }
        }

        Assert.NotEqual(0, amounts);
        ContentAssert.NoProblems(problems);
    }

    [Fact]
    public void Every_topic_has_records_and_exactly_one_vocabulary_entry()
    {
        using var vocabulary = LoadVocabulary();
        var entries = vocabulary.RootElement.GetProperty("topics").EnumerateArray().Select(t => Text(t, "id")).ToList();
        var records = Facts().GroupBy(f => Text(f, "topic") ?? string.Empty).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var problems = new List<string>();

        foreach (var topic in Topics)
        {
            if (!records.ContainsKey(topic))
            {
                problems.Add($"topic {topic} has no record");
            }

            var count = entries.Count(e => e == topic);
            if (count != 1)
            {
                problems.Add($"topic {topic} has {count} vocabulary entries");
            }
        }

        problems.AddRange(entries.Where(e => !Topics.Contains(e)).Select(e => $"vocabulary entry '{e}' is not a topic"));
        ContentAssert.NoProblems(problems);
    }

    [Fact]
    public void Vocabulary_entries_are_complete_and_their_questions_use_their_own_terms()
    {
        using var vocabulary = LoadVocabulary();
        var root = vocabulary.RootElement;
        var problems = new List<string>();
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);

        foreach (var topic in root.GetProperty("topics").EnumerateArray())
        {
            var id = Text(topic, "id") ?? "?";
            var terms = Strings(topic, "terms");
            if (terms.Count == 0)
            {
                problems.Add($"{id}: no terms");
            }

            foreach (var term in terms)
            {
                if (term.Any(char.IsUpper) || term.Trim().Length == 0)
                {
                    problems.Add($"{id}: term '{term}' is not lowercase");
                }

                if (owners.TryGetValue(Fold(term), out var other) && other != id)
                {
                    problems.Add($"{id}: term '{term}' is also a term of {other}");
                }

                owners[Fold(term)] = id;
            }

            foreach (var part in new[] { "lead", "title", "ask" })
            {
                foreach (var language in new[] { "fr", "en" })
                {
                    var text = topic.TryGetProperty(part, out var texts) ? Text(texts, language) : null;
                    if (string.IsNullOrWhiteSpace(text))
                    {
                        problems.Add($"{id}: no {part}.{language}");
                    }
                    else if (part == "lead" && (Figures(text).Count > 0 || text.EndsWith('.') || text.EndsWith(':')))
                    {
                        problems.Add($"{id}: lead.{language} must hold no figure and end where the labels start: {text}");
                    }
                    else if (part == "ask" && !terms.Any(t => ContainsTerm(text, t)))
                    {
                        problems.Add($"{id}: ask.{language} '{text}' contains none of the topic's terms");
                    }
                }
            }

            var next = Strings(topic, "next");
            if (next.Count is < 2 or > 3)
            {
                problems.Add($"{id}: next names {next.Count} topics (2 to 3)");
            }

            problems.AddRange(next.Where(n => !Topics.Contains(n) || n == id).Select(n => $"{id}: next topic '{n}' is not another topic"));
        }

        foreach (var list in new[] { "contrary", "allFigures", "more" })
        {
            if (Strings(root, list).Count == 0)
            {
                problems.Add($"no {list} words");
            }
        }

        foreach (var language in new[] { "fr", "en" })
        {
            if (!root.TryGetProperty("followUp", out var followUp) || Strings(followUp, language).Count == 0)
            {
                problems.Add($"no followUp.{language} words");
            }
        }

        foreach (var facet in root.GetProperty("facets").EnumerateObject())
        {
            if (!FacetValues.TryGetValue(facet.Name, out var isValid))
            {
                problems.Add($"facets.{facet.Name} is not a facet of the closed list");
                continue;
            }

            foreach (var value in facet.Value.EnumerateObject())
            {
                if (!isValid(value.Name) || Strings(facet.Value, value.Name).Count == 0)
                {
                    problems.Add($"facets.{facet.Name}.{value.Name}: invalid value or no words");
                }
            }
        }

        ContentAssert.NoProblems(problems);
    }

    [Fact]
    public void Every_article_paragraph_is_covered_by_a_record_or_explicitly_left_out()
    {
        var sources = LoadSources();
        var quotes = Facts()
            .GroupBy(f => Text(f, "source") ?? string.Empty)
            .ToDictionary(g => g.Key, g => g.Select(f => ContentText.Normalize(Text(f, "quote") ?? string.Empty)).ToList(), StringComparer.Ordinal);
        var problems = new List<string>();
        var used = new HashSet<string>(StringComparer.Ordinal);

        foreach (var source in sources.Values)
        {
            // The first paragraph is the article's lead: it may repeat the title and need no record.
            var blocks = source.Blocks.Where(b => b.Kind != SourceBlockKind.Heading && !b.IsComment).Skip(1);
            var sourceQuotes = quotes.GetValueOrDefault(source.Id) ?? [];
            foreach (var block in blocks)
            {
                var text = ContentText.Normalize(block.Text);
                if (sourceQuotes.Any(q => q.Length > 0 && text.Contains(q, StringComparison.Ordinal)))
                {
                    continue;
                }

                var leftOut = Uncovered.FirstOrDefault(u => u.Source == source.Id && text.StartsWith(u.Start, StringComparison.Ordinal));
                if (leftOut.Source is null)
                {
                    problems.Add($"{source.Id}:{block.Line}: no record quotes this paragraph: {text}");
                }
                else
                {
                    used.Add(leftOut.Source + leftOut.Start);
                }
            }
        }

        problems.AddRange(Uncovered.Where(u => !used.Contains(u.Source + u.Start)).Select(u => $"left-out entry is stale (covered now, or gone): {u.Source} '{u.Start}'"));
        ContentAssert.NoProblems(problems);
    }

    private static Func<string, bool> OneOf(params string[] values)
    {
        var set = new HashSet<string>(values, StringComparer.Ordinal);
        return set.Contains;
    }

    /// <summary>Words as a reader counts them: "45 000" is one word, a lone "€" or "–" is none.</summary>
    private static int CountWords(string text) =>
        ThousandsSpace().Replace(text, "$1").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetterOrDigit));

    /// <summary>The numbers of a text, thousands separators (spaces, commas, dots) read as such: "3,100" = "3 100" = 3100.</summary>
    private static HashSet<long> Figures(string text) =>
        [.. Number().Matches(text).Select(m => long.Parse(NonDigit().Replace(m.Value, string.Empty), CultureInfo.InvariantCulture))];

    /// <summary>Lowercase without accents, typographic apostrophes made straight, as the engine compares questions.</summary>
    private static string Fold(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text.Replace('\u2019', '\'').ToLowerInvariant().Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    private static bool ContainsTerm(string text, string term) =>
        Regex.IsMatch(Fold(text), @"(?<![\p{L}\p{N}])" + Regex.Escape(Fold(term)) + @"(?![\p{L}\p{N}])");

    private static IEnumerable<(string Id, string Language, string Label, string Quote)> Labels()
    {
        foreach (var fact in Facts())
        {
            var id = Text(fact, "id") ?? "?";
            var quote = ContentText.Normalize(Text(fact, "quote") ?? string.Empty);
            var label = fact.TryGetProperty("label", out var labels) && labels.ValueKind == JsonValueKind.Object ? labels : default;
            foreach (var language in new[] { "fr", "en" })
            {
                yield return (id, language, label.ValueKind == JsonValueKind.Object ? Text(label, language) ?? string.Empty : string.Empty, quote);
            }
        }
    }

    private static List<JsonElement> Facts()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(ContentPaths.FactSheet, ContentText.StrictUtf8));
        Assert.Equal(JsonValueKind.Array, document.RootElement.ValueKind);
        return [.. document.RootElement.EnumerateArray().Select(e => e.Clone())];
    }

    private static JsonDocument LoadVocabulary() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(ContentPaths.Knowledge, "vocabulary.json"), ContentText.StrictUtf8));

    private static Dictionary<string, SourceFile> LoadSources() =>
        ContentPaths.SourceFiles().Select(SourceFile.Load).ToDictionary(s => s.Id, StringComparer.Ordinal);

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static decimal? Number(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDecimal() : null;

    private static List<string> Strings(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? [.. value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!)]
            : [];

    [GeneratedRegex(@"\d{1,3}(?:[ \u00A0\u202F,.]\d{3})+(?!\d)|\d+")]
    private static partial Regex Number();

    [GeneratedRegex(@"\D")]
    private static partial Regex NonDigit();

    [GeneratedRegex(@"(\d)[ \u00A0\u202F](?=\d{3}(?!\d))")]
    private static partial Regex ThousandsSpace();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();

    [GeneratedRegex(@"(?:^|\s)\p{Lu}\.$")]
    private static partial Regex Initial();

    [GeneratedRegex(@"^[A-Z]{2}$")]
    private static partial Regex CountryCode();

    [GeneratedRegex(@"^[a-z]+(?:-[a-z]+)*$")]
    private static partial Regex KebabCase();
}
