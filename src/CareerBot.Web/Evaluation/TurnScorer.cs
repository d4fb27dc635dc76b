using CareerBot.Knowledge.Evaluation;
using System.Globalization;
using System.Resources;
using CareerBot.Advisor.Conversation;
using CareerBot.BotFramework.Schema;

namespace CareerBot.Web.Evaluation;

/// <summary>The score of one turn: the checks it failed (none when it passed) and what was measured.</summary>
public sealed record TurnScore(
    IReadOnlyList<string> Failed,
    string Body,
    int Words,
    int Replies,
    int RepliesWithNumberedCitations)
{
    public bool Passed => Failed.Count == 0;
}

/// <summary>
/// Scores a turn's replies against its tags, <c>expect</c>, <c>forbid</c> and <c>maxWords</c>. "The answer" is the
/// turn's last message with text, not counting the one that only brings the next questions' buttons after a Teams
/// answer; its body is that text before the appended sources.
/// </summary>
public static class TurnScorer
{
    public const string FactsCheck = "facts";
    public const string ForbiddenCheck = "forbidden";
    public const string BudgetCheck = "budget";
    public const string CitationsCheck = "citations";
    public const string EnglishCheck = "english";
    public const string EmptyCheck = "empty";
    public const string CitedSmallTalkCheck = "smalltalk-cited";
    public const string RefusedSmallTalkCheck = "smalltalk-refused";
    public const string FigureCheck = "outofscope-figure";
    public const string CitedOutOfScopeCheck = "outofscope-cited";

    private const string OutOfScopeResource = "OutOfScope";

    private const string AnswerNextResource = "Answer_Next";

    /// <summary>The answer step's messages, read by resource name so the refusal is compared to the bot's own text.</summary>
    private static readonly ResourceManager AdvisorMessages = new("CareerBot.Advisor.Resources.AdvisorMessages", typeof(AdvisorBot).Assembly);

    /// <summary>The conversation's messages, read by resource name like <see cref="AdvisorMessages"/>.</summary>
    private static readonly ResourceManager ConversationMessages = new("CareerBot.Advisor.Resources.ConversationMessages", typeof(AdvisorBot).Assembly);

    private static readonly string[] Languages = ["fr", "en"];

    /// <summary>The out-of-scope refusal in French and English, normalised like the replies.</summary>
    private static readonly Lazy<string[]> Refusals = new(() => InBothLanguages(AdvisorMessages, OutOfScopeResource));

    /// <summary>The text of Teams' message of next questions after an answer, in French and English, normalised.</summary>
    private static readonly Lazy<string[]> NextQuestionsPrompts = new(() => InBothLanguages(ConversationMessages, AnswerNextResource));

    private static string[] InBothLanguages(ResourceManager resources, string name) =>
        Languages
            .Select(culture => resources.GetString(name, CultureInfo.GetCultureInfo(culture)))
            .Where(text => !string.IsNullOrWhiteSpace(text))
            .Select(text => FactMatcher.Normalize(text))
            .Distinct()
            .ToArray();

    /// <summary>Whether <paramref name="text"/> holds the bot's out-of-scope refusal (French or English).</summary>
    public static bool IsRefusal(string? text)
    {
        var normalized = FactMatcher.Normalize(text);
        return Refusals.Value.Any(refusal => normalized.Contains(refusal, StringComparison.Ordinal));
    }

    public static TurnScore Score(EvalTurn turn, IReadOnlyList<Activity> replies)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(replies);
        var messages = replies.Where(r => r.Type == ActivityTypes.Message).ToList();
        var texts = messages.Where(m => !string.IsNullOrWhiteSpace(m.Text)).ToList();
        var answer = texts.LastOrDefault(m => !NextQuestionsPrompts.Value.Contains(FactMatcher.Normalize(m.Text), StringComparer.Ordinal));
        var body = ReplyText.Body(answer?.Text);
        var words = ReplyText.WordCount(body);
        var all = string.Join("\n", messages.Select(m => m.Text));
        var failed = new List<string>();

        // Citations 1..n, for every reply of the turn.
        var cited = texts.Select(m => (Markers: ReplyText.Markers(ReplyText.Body(m.Text)), Entity: ReplyText.EntityCitations(m))).ToList();
        var numbered = cited.Count(c => ReplyText.CitationsNumbered(c.Markers, c.Entity));
        var anyCitation = cited.Any(c => c.Markers.Count > 0 || c.Entity.Count > 0);

        if (texts.Count == 0 && messages.All(m => m.Attachments is not { Count: > 0 }))
        {
            failed.Add(EmptyCheck);
        }

        if (turn.Expect is { Count: > 0 } expect && ReplyText.MissingGroups(body, expect) is { Count: > 0 } missing)
        {
            failed.Add($"{FactsCheck} (missing: {string.Join("; ", missing)})");
        }

        if (turn.Forbid is { Count: > 0 } forbid && ReplyText.FoundForbidden(all, forbid) is { Count: > 0 } found)
        {
            failed.Add($"{ForbiddenCheck} (found: {string.Join("; ", found)})");
        }

        var budget = turn.MaxWords ?? (TurnTags.IsAnswerTurn(turn) ? TurnTags.DefaultMaxWords : (int?)null);
        if (budget is { } max && words > max)
        {
            failed.Add($"{BudgetCheck} ({words} words > {max})");
        }

        if (numbered < texts.Count)
        {
            failed.Add($"{CitationsCheck} (markers: {string.Join(",", cited.SelectMany(c => c.Markers))}; entity: {string.Join(",", cited.SelectMany(c => c.Entity))})");
        }

        if (turn.Has(TurnTags.English) && !ReplyText.IsEnglish(body))
        {
            failed.Add(EnglishCheck);
        }

        if (turn.Has(TurnTags.SmallTalk))
        {
            if (anyCitation)
            {
                failed.Add(CitedSmallTalkCheck);
            }

            if (texts.Any(m => IsRefusal(m.Text)))
            {
                failed.Add(RefusedSmallTalkCheck);
            }
        }

        if (turn.Has(TurnTags.OutOfScope))
        {
            if (ReplyText.HasFigure(all))
            {
                failed.Add(FigureCheck);
            }

            if (anyCitation)
            {
                failed.Add(CitedOutOfScopeCheck);
            }
        }

        return new TurnScore(failed, body, words, texts.Count, numbered);
    }
}
