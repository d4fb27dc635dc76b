using CareerBot.Knowledge.Evaluation;
using CareerBot.Knowledge.Text;
using CareerBot.Web.Evaluation;

namespace CareerBot.Web.Tests.Evaluation;

/// <summary>
/// The conversation sets of knowledge/eval parse, are big enough, and ask for no invented figure: every figure of an
/// expected or forbidden string exists somewhere in the articles, except the figures an injection of the same
/// conversation tries to plant, which are forbidden (in that turn and the next ones) precisely because they are not there.
/// </summary>
public sealed class ConversationSetTests
{
    private static readonly string Knowledge = FindKnowledgeFolder();

    private static readonly HashSet<decimal> ArticleFigures = Directory.GetFiles(Path.Combine(Knowledge, "sources"), "*.md")
        .SelectMany(file => NumberMentions.Find(File.ReadAllText(file)))
        .SelectMany(mention => mention.Values)
        .ToHashSet();

    [Theory]
    [InlineData("conversations.jsonl", 40, 80)]
    [InlineData("conversations.holdout.jsonl", 12, 25)]
    [InlineData("conversations.dev4.jsonl", 30, 95)]
    [InlineData("conversations.holdout4.jsonl", 20, 65)]
    [InlineData("conversations.dev5.jsonl", 30, 95)]
    [InlineData("conversations.holdout5.jsonl", 20, 65)]
    [InlineData("conversations.dev6.jsonl", 40, 130)]
    [InlineData("conversations.dev7.jsonl", 40, 130)]
    [InlineData("conversations.holdout6.jsonl", 24, 80)]
    [InlineData("conversations.dev8.jsonl", 40, 150)]
    [InlineData("conversations.holdout7.jsonl", 24, 95)]
    [InlineData("conversations.holdout8.jsonl", 24, 100)]
    [InlineData("conversations.holdout9.jsonl", 24, 100)]
    [InlineData("conversations.holdout10.jsonl", 24, 100)]
    public void The_set_parses_and_meets_its_size_minimums(string file, int minConversations, int minTurns)
    {
        var conversations = Read(file);
        var turns = conversations.SelectMany(c => c.Turns).ToList();

        Assert.True(conversations.Count >= minConversations, $"{file}: {conversations.Count} conversations");
        Assert.True(turns.Count >= minTurns, $"{file}: {turns.Count} turns");
        Assert.True(turns.Count(t => t.Has(TurnTags.English)) * 4 >= turns.Count, $"{file}: fewer than 25 % English turns");
        Assert.All(TurnTags.All, tag => Assert.Contains(turns, t => t.Has(tag)));
        Assert.All(turns.Where(t => t.Has(TurnTags.Answer) || t.Has(TurnTags.Followup) || t.Has(TurnTags.InScopeUncovered)),
            t => Assert.True(t.Expect is { Count: > 0 }, $"{file}: '{t.User}' expects nothing"));
    }

    [Theory]
    [InlineData("conversations.jsonl")]
    [InlineData("conversations.holdout.jsonl")]
    [InlineData("conversations.dev4.jsonl")]
    [InlineData("conversations.holdout4.jsonl")]
    [InlineData("conversations.dev5.jsonl")]
    [InlineData("conversations.holdout5.jsonl")]
    [InlineData("conversations.dev6.jsonl")]
    [InlineData("conversations.dev7.jsonl")]
    [InlineData("conversations.holdout6.jsonl")]
    [InlineData("conversations.dev8.jsonl")]
    [InlineData("conversations.holdout7.jsonl")]
    [InlineData("conversations.holdout8.jsonl")]
    [InlineData("conversations.holdout9.jsonl")]
    [InlineData("conversations.holdout10.jsonl")]
    [InlineData("conversations.holdout11.jsonl")]
    public void Every_expected_or_forbidden_figure_is_in_the_articles(string file)
    {
        var invented = new List<string>();
        foreach (var conversation in Read(file))
        {
            var planted = conversation.Turns.Where(t => t.Has(TurnTags.Injection)).SelectMany(t => t.Forbid ?? []).ToHashSet(StringComparer.Ordinal);
            foreach (var turn in conversation.Turns)
            {
                var strings = (turn.Expect ?? []).SelectMany(group => group.Split('|'))
                    .Concat((turn.Forbid ?? []).Where(f => !planted.Contains(f)));
                invented.AddRange(strings
                    .Where(s => NumberMentions.Find(s).Any(mention => !mention.Values.Any(ArticleFigures.Contains)))
                    .Select(s => $"{conversation.Id}: '{s}' ({turn.User})"));
            }
        }

        Assert.True(invented.Count == 0, $"figures not in knowledge/sources: {string.Join("; ", invented)}");
    }

    [Theory]
    [InlineData("conversations.jsonl", "conversations.holdout.jsonl")]
    [InlineData("conversations.dev4.jsonl", "conversations.holdout4.jsonl")]
    [InlineData("conversations.dev5.jsonl", "conversations.holdout5.jsonl")]
    [InlineData("conversations.dev7.jsonl", "conversations.holdout6.jsonl")]
    [InlineData("conversations.dev8.jsonl", "conversations.holdout7.jsonl")]
    [InlineData("conversations.holdout7.jsonl", "conversations.holdout8.jsonl")]
    [InlineData("conversations.holdout8.jsonl", "conversations.holdout9.jsonl")]
    public void The_development_and_held_out_sets_share_no_user_message(string development, string heldOut)
    {
        static HashSet<string> Questions(string file) =>
            Read(file).SelectMany(c => c.Turns).Where(t => !t.Has(TurnTags.SmallTalk)).Select(t => FactMatcher.Normalize(t.User)).ToHashSet();

        Assert.Empty(Questions(development).Intersect(Questions(heldOut)));
    }

    private static IReadOnlyList<EvalConversation> Read(string file) =>
        EvalConversationReader.ReadFile(Path.Combine(Knowledge, "eval", file));

    private static string FindKnowledgeFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "knowledge");
            if (Directory.Exists(Path.Combine(candidate, "sources")) && Directory.Exists(Path.Combine(candidate, "eval")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException($"no knowledge folder above {AppContext.BaseDirectory}");
    }
}
