using System.Text.Json;

namespace CareerBot.Advisor.Conversation.Roadmaps;

/// <summary>The roadmap's sections and rules, read once from <c>Resources/Conversation/roadmap.json</c>.</summary>
internal static class RoadmapRules
{
    static RoadmapRules()
    {
        using var document = EmbeddedJson.Document("Conversation", "roadmap.json");
        var root = document.RootElement;
        Sections = [.. EmbeddedJson.Strings(root.GetProperty("sections"))];
        All = [.. root.GetProperty("rules").EnumerateArray().Select(Read)];
    }

    public static IReadOnlyList<string> Sections { get; }

    public static IReadOnlyList<RoadmapRule> All { get; }

    private static RoadmapRule Read(JsonElement rule)
    {
        var when = rule.TryGetProperty("when", out var conditions)
            ? conditions.EnumerateObject().ToDictionary(c => c.Name, c => (IReadOnlyList<string>)[.. EmbeddedJson.Strings(c.Value)], StringComparer.Ordinal)
            : [];
        return new RoadmapRule(
            rule.GetProperty("section").GetString()!,
            when,
            rule.TryGetProperty("advice", out var advice) ? advice.GetString() : null,
            rule.TryGetProperty("facts", out var facts) ? [.. EmbeddedJson.Strings(facts)] : []);
    }
}
