using System.Text.Json;
using System.Text.Json.Serialization;
using CareerBot.Knowledge.Facts;
using CareerBot.Knowledge.Loading;

namespace CareerBot.Knowledge.Vocabulary;

/// <summary>
/// Reads <c>vocabulary.json</c>. A topic entry that names an unknown topic, lacks its texts or points to an unknown next
/// topic is skipped with an error; so is a facet that is not one of <see cref="FacetNames"/>. A file that is not
/// well-formed JSON is skipped whole (the bot then reads questions through search alone).
/// </summary>
internal static class VocabularyParser
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static KnowledgeVocabulary Parse(string text, string file, IssueCollector issues)
    {
        VocabularyFile? parsed;
        try
        {
            parsed = JsonSerializer.Deserialize<VocabularyFile>(text, Json);
        }
        catch (JsonException ex)
        {
            issues.Error(file, (int)(ex.LineNumber ?? 0) + 1, $"is not well-formed JSON or has a field of the wrong type ({ex.Message}). Skipped.");
            return KnowledgeVocabulary.Empty;
        }

        if (parsed is null)
        {
            issues.Error(file, 1, "is empty. Skipped.");
            return KnowledgeVocabulary.Empty;
        }

        var topics = new List<TopicWords>();
        foreach (var entry in parsed.Topics ?? [])
        {
            if (entry is null)
            {
                issues.Error(file, null, "a topic entry is null. Skipped.");
                continue;
            }

            if (Topic(entry, file, issues) is { } topic)
            {
                topics.Add(topic);
            }
        }

        var facets = new Dictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>>(StringComparer.Ordinal);
        foreach (var (name, values) in parsed.Facets ?? [])
        {
            if (!FacetNames.All.Contains(name))
            {
                issues.Error(file, null, $"facet '{name}' is not one of {string.Join(", ", FacetNames.All)}. Skipped.");
                continue;
            }

            if (values is null)
            {
                issues.Error(file, null, $"facet '{name}' has no values. Skipped.");
                continue;
            }

            facets[name] = values.ToDictionary(v => v.Key, v => (IReadOnlyList<string>)[.. (v.Value ?? []).Where(w => !string.IsNullOrWhiteSpace(w))], StringComparer.Ordinal);
        }

        return new KnowledgeVocabulary(
            topics,
            facets,
            [.. (parsed.FollowUp ?? []).SelectMany(language => language.Value ?? [])],
            parsed.Contrary ?? [],
            parsed.AllFigures ?? [],
            parsed.More ?? [],
            parsed.Subject ?? [],
            parsed.Reference ?? [],
            parsed.Spellings ?? [],
            parsed.Outside ?? [],
            parsed.Need ?? [],
            parsed.Without ?? [],
            parsed.Self ?? []);
    }

    private static TopicWords? Topic(TopicEntry entry, string file, IssueCollector issues)
    {
        if (!TryTopic(entry.Id, out var topic))
        {
            issues.Error(file, null, $"topic '{entry.Id}' is not one of {string.Join(", ", Enum.GetNames<FactTopic>().Select(JsonNamingPolicy.CamelCase.ConvertName))}. Skipped.");
            return null;
        }

        if (entry.Terms is not { Count: > 0 } || !Complete(entry.Lead) || !Complete(entry.Title) || !Complete(entry.Ask))
        {
            issues.Error(file, null, $"topic '{entry.Id}' needs 'terms' and 'lead', 'title', 'ask' in 'fr' and 'en'. Skipped.");
            return null;
        }

        var next = new List<FactTopic>();
        foreach (var id in entry.Next ?? [])
        {
            if (!TryTopic(id, out var other))
            {
                issues.Error(file, null, $"topic '{entry.Id}': next topic '{id}' does not exist. Skipped.");
                return null;
            }

            next.Add(other);
        }

        return new TopicWords(topic, entry.Terms, entry.Lead!, entry.Title!, entry.Ask!, next);
    }

    /// <summary>A topic id as written in the files (camelCase): not a number, which <see cref="Enum.TryParse{TEnum}(string, bool, out TEnum)"/> would accept.</summary>
    private static bool TryTopic(string? id, out FactTopic topic) =>
        Enum.TryParse(id, ignoreCase: true, out topic) && char.IsLower(id![0]);

    private static bool Complete(BilingualText? text) => !string.IsNullOrWhiteSpace(text?.Fr) && !string.IsNullOrWhiteSpace(text.En);

    private sealed record VocabularyFile(
        List<TopicEntry>? Topics,
        Dictionary<string, Dictionary<string, List<string>>>? Facets,
        Dictionary<string, List<string>>? FollowUp,
        List<string>? Contrary,
        List<string>? AllFigures,
        List<string>? More,
        List<string>? Subject,
        List<string>? Reference,
        Dictionary<string, string>? Spellings,
        List<string>? Outside,
        List<string>? Need,
        List<string>? Without,
        List<string>? Self);

    private sealed record TopicEntry(string? Id, List<string>? Terms, BilingualText? Lead, BilingualText? Title, BilingualText? Ask, List<string>? Next);
}
