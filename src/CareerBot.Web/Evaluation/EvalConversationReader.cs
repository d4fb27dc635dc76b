using System.Text.Json;
using CareerBot.Knowledge.Evaluation;

namespace CareerBot.Web.Evaluation;

/// <summary>
/// Reads a conversation evaluation file (JSON Lines, one <see cref="EvalConversation"/> a line). A bad line throws a
/// <see cref="FormatException"/> naming its line: a silently shorter set would change the figures.
/// </summary>
public static class EvalConversationReader
{
    /// <summary>Whether the file's first record has <c>turns</c> (a conversation file) rather than a question.</summary>
    public static bool IsConversationFile(string path)
    {
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                using var document = JsonDocument.Parse(line);
                return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("turns", out _);
            }
            catch (JsonException)
            {
                // A broken first line still says which reader should report it.
                return line.Contains("\"turns\"", StringComparison.Ordinal);
            }
        }

        return false;
    }

    public static IReadOnlyList<EvalConversation> ReadFile(string path)
    {
        using var reader = new StreamReader(path);
        return Read(reader, Path.GetFileName(path));
    }

    public static IReadOnlyList<EvalConversation> Read(TextReader reader, string name = "conversations.jsonl")
    {
        ArgumentNullException.ThrowIfNull(reader);
        var conversations = new List<EvalConversation>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (lineNumber, conversation) in JsonLines.Read<EvalConversation>(reader, name, "conversation"))
        {
            string Where(string what) => $"{name}:{lineNumber}: {what}";
            if (string.IsNullOrWhiteSpace(conversation.Id))
            {
                throw new FormatException(Where("the conversation has no id."));
            }

            if (!ids.Add(conversation.Id))
            {
                throw new FormatException(Where($"duplicate conversation id '{conversation.Id}'."));
            }

            if (conversation.Turns is null || conversation.Turns.Count == 0)
            {
                throw new FormatException(Where($"conversation '{conversation.Id}' has no turns."));
            }

            for (var i = 0; i < conversation.Turns.Count; i++)
            {
                var turn = conversation.Turns[i] ?? throw new FormatException(Where($"turn {i + 1} of '{conversation.Id}' is null."));
                if (string.IsNullOrWhiteSpace(turn.User))
                {
                    throw new FormatException(Where($"turn {i + 1} of '{conversation.Id}' has no user text."));
                }

                if (turn.Tags is null || turn.Tags.Count == 0)
                {
                    throw new FormatException(Where($"turn {i + 1} of '{conversation.Id}' has no tags."));
                }

                if (turn.Tags.FirstOrDefault(t => !TurnTags.All.Contains(t, StringComparer.Ordinal)) is { } unknown)
                {
                    throw new FormatException(Where($"turn {i + 1} of '{conversation.Id}' has the unknown tag '{unknown}' (known: {string.Join(", ", TurnTags.All)})."));
                }

                if ((turn.Expect ?? []).Concat(turn.Forbid ?? []).Any(string.IsNullOrWhiteSpace))
                {
                    throw new FormatException(Where($"turn {i + 1} of '{conversation.Id}' has an empty expect or forbid entry."));
                }

                if (turn.MaxWords is <= 0)
                {
                    throw new FormatException(Where($"turn {i + 1} of '{conversation.Id}' has a maxWords that is not positive."));
                }
            }

            conversations.Add(conversation);
        }

        return conversations;
    }
}
