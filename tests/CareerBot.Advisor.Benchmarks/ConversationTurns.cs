using System.Text.Json;
using CareerBot.Advisor.Answers;
using CareerBot.Knowledge.Hosting;

namespace CareerBot.Advisor.Benchmarks;

/// <summary>
/// The questions of the development conversation set (<c>knowledge/eval/conversations.jsonl</c>) as the answer step
/// receives them: each with the conversation's earlier user turns as history, so that follow-ups are read as follow-ups.
/// Small talk is left out: the bot answers it before the answer step. The held-out set is never read here.
/// </summary>
internal static class ConversationTurns
{
    private const string SmallTalkTag = "smalltalk";

    public static IReadOnlyList<AnswerRequest> Load()
    {
        var path = Path.Combine(KnowledgePathResolver.ResolveFolder("knowledge", AppContext.BaseDirectory), "eval", "conversations.jsonl");
        var requests = new List<AnswerRequest>();
        foreach (var line in File.ReadLines(path).Where(l => l.Trim().Length > 0))
        {
            using var conversation = JsonDocument.Parse(line);
            var history = new List<ConversationTurn>();
            foreach (var turn in conversation.RootElement.GetProperty("turns").EnumerateArray())
            {
                var text = turn.GetProperty("user").GetString()!;
                var tags = turn.TryGetProperty("tags", out var t) ? t.EnumerateArray().Select(x => x.GetString()).ToList() : [];
                if (tags.Contains(SmallTalkTag))
                {
                    continue;
                }

                var language = tags.Contains("english") ? "en" : "fr";
                requests.Add(new AnswerRequest(text, language, [.. history]));
                history.Add(new ConversationTurn(true, text));
                history.Add(new ConversationTurn(false, "…"));
            }
        }

        return requests;
    }
}
