using System.Text.Json;

namespace CareerBot.Advisor.Conversation.Dialogs;

/// <summary>The profile assessment's questions, in order (<c>Resources/Conversation/questions.json</c>).</summary>
internal static class ProfileQuestions
{
    private const string CommentProperty = "_comment";

    public static IReadOnlyList<OptionSet> All { get; } = Load();

    public static OptionSet Get(string id) =>
        All.FirstOrDefault(question => question.Id == id) ?? throw new ArgumentException($"There is no profile question '{id}'.", nameof(id));

    private static List<OptionSet> Load()
    {
        using var document = EmbeddedJson.Document("Conversation", "questions.json");
        return document.RootElement.EnumerateObject()
            .Where(question => question.Name != CommentProperty)
            .Select(question => new OptionSet(
                question.Name,
                $"Q_{question.Name}",
                [.. question.Value.EnumerateObject().Select(option => new Option(option.Name, $"Q_{question.Name}_{option.Name}", [.. EmbeddedJson.Strings(option.Value)]))]))
            .ToList();
    }
}
